package com.allyway.introduction;

import java.time.Instant;

/**
 * An introduction moved along the pipeline, as its partner may know it (no internal notes, no other party). Other
 * features (webhooks) listen without {@code introduction/} knowing them.
 */
public record IntroductionStatusChanged(String introductionId, String relationshipId, String prospectCompany,
        IntroductionStatus from, IntroductionStatus to, String declineReason, Instant at) {
}
