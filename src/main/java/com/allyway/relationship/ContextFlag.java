package com.allyway.relationship;

/** Circumstances that make a written agreement worth its cost even at low volume. */
public enum ContextFlag {
    REGULATED_INDUSTRY("Regulated industry"),
    ENTERPRISE_CHANNEL("Enterprise channel"),
    RESELLER("Reseller");

    private final String label;

    ContextFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
