package com.allyway.introduction;

/**
 * Something about an introduction changed: its record or timeline, or who is looking at it. Carries ids only;
 * a view that hears it reloads through the service, which applies the reader's access rules (so an internal
 * note never travels to a partner's browser this way).
 */
public record IntroductionChanged(String introductionId, String relationshipId, What what) {

    public enum What {
        /** The record or its timeline changed. */
        RECORD,
        /** Somebody opened or left the introduction's page. */
        VIEWERS
    }
}
