package com.allyway.agreement;

/**
 * An agreement was submitted for approval or approved (then it waits for the partner's acceptance): for
 * listeners such as notifications.
 */
public record AgreementStepTaken(String agreementId, String relationshipId, String title, AgreementStatus status,
        String actorId) {
}
