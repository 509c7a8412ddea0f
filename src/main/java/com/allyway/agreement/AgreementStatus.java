package com.allyway.agreement;

/** Where an agreement is on its way from draft to in force. */
public enum AgreementStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for a founder"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Signed, waiting for the partner"),
    ACCEPTED("Accepted"),
    SUPERSEDED("Superseded");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Staff and finance may still change the terms. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Signed by the company: the partner's users see it from now on, and nothing about it changes. */
    public boolean signed() {
        return this == APPROVED || this == ACCEPTED || this == SUPERSEDED;
    }
}
