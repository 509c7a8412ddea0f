package com.allyway.shared;

/**
 * A partner accepted a signed agreement, so the relationship is now a referral partner. Published by the agreement
 * feature, handled by the relationship feature; it lives here because agreements already depend on relationships.
 *
 * @param agreement how the audit trail names it, e.g. "Agreement 2 with Acme accepted by Zoë"
 */
public record AgreementAccepted(String relationshipId, String agreement) {
}
