package com.allyway.notification;

/** What a notification is about; people will choose per kind whether it also comes by email. */
public enum NotificationKind {
    INTRODUCTION_STATUS("Status of an introduction"),
    INTRODUCTION_COMMENT("Comment on an introduction"),
    CONFLICT_OR_DISPUTE("Conflict or dispute update"),
    AGREEMENT_TO_APPROVE("Agreement waiting for approval"),
    AGREEMENT_TO_ACCEPT("Agreement waiting for acceptance"),
    STATEMENT("Statement approved or paid");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
