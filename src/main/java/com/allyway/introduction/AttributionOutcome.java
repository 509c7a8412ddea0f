package com.allyway.introduction;

/** How staff settle two introductions of one prospect from different relationships. */
public enum AttributionOutcome {
    KEEP_FIRST("Keep first: the earlier introduction keeps the credit"),
    REASSIGN("Reassign: the later introduction gets the credit"),
    SPLIT("Split the credit");

    private final String label;

    AttributionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
