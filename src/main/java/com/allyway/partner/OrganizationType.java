package com.allyway.partner;

/**
 * How formal the relationship with an organization is. Most organizations are allies: informal, no contract, no
 * fee, and Allyway asks them for nothing more. A few become referral partners with a written agreement.
 */
public enum OrganizationType {
    ALLY("Ally"),
    REFERRAL_PARTNER("Referral partner");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
