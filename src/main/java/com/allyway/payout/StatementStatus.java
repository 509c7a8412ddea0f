package com.allyway.payout;

/** A statement's way from computed to paid. Approved and paid statements never change. */
public enum StatementStatus {
    DRAFT("Draft"),
    APPROVED("Approved"),
    PAID("Paid");

    private final String label;

    StatementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
