package com.allyway.relationship;

/**
 * How far the work together goes, on top of the type. The last three are scope expansions that weigh towards
 * formalizing.
 */
public enum RelationshipStage {
    ALLY("Ally"),
    REFERRAL_PARTNER("Referral partner"),
    CO_SELLING("Co-selling"),
    WHITE_LABEL("White-label"),
    JOINT_DELIVERY("Joint delivery");

    private final String label;

    RelationshipStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage a new relationship of a type starts at. */
    static RelationshipStage initialFor(RelationshipType type) {
        return type == RelationshipType.REFERRAL_PARTNER ? REFERRAL_PARTNER : ALLY;
    }
}
