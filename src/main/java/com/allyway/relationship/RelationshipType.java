package com.allyway.relationship;

/**
 * How formal a relationship is. Most are allies: informal, no contract, no fee, and Allyway asks them for nothing
 * more. A few become referral partners with a written agreement.
 */
public enum RelationshipType {
    ALLY("Ally"),
    REFERRAL_PARTNER("Referral partner");

    private final String label;

    RelationshipType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
