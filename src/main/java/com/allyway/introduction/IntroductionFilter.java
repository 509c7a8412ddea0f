package com.allyway.introduction;

/**
 * What a grid asks for. Every part is optional; for partner users the relationship is always their own
 * organization, whatever the filter says.
 *
 * @param text matched against the prospect's company and the contact's name, ignoring case
 */
public record IntroductionFilter(IntroductionStatus status, String relationshipId, String text) {

    public static final IntroductionFilter ALL = new IntroductionFilter(null, null, null);
}
