package com.allyway.introduction;

/** Where an introduction stands. WON, LOST and DECLINED are final. */
public enum IntroductionStatus {
    NEW("New"),
    ACCEPTED("Accepted"),
    MEETING_HELD("Meeting held"),
    OPPORTUNITY("Opportunity"),
    WON("Won"),
    LOST("Lost"),
    DECLINED("Declined");

    private final String label;

    IntroductionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == WON || this == LOST || this == DECLINED;
    }
}
