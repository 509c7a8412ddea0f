package com.allyway.introduction;

import java.time.Instant;

/**
 * Somebody wrote on an introduction's shared timeline (never an internal note): for listeners such as
 * notifications.
 *
 * @param byPartner the author is a person of the partner organization (then staff should hear of it)
 */
public record IntroductionCommented(String introductionId, String relationshipId, String prospectCompany,
        String ownerId, String authorId, String authorName, boolean byPartner, Instant at) {
}
