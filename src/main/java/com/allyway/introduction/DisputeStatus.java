package com.allyway.introduction;

public enum DisputeStatus {
    OPEN("Open"),
    DECIDED("Decided");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
