package com.allyway.audit;

/** What happened. Later features add their own actions here. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED("Sign-in succeeded"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_REFUSED_LOCKED("Sign-in refused: locked"),
    ACCOUNT_LOCKED("Account locked after failed sign-ins"),
    SIGNED_OUT("Signed out"),
    ORGANIZATION_CREATED("Organization created"),
    INVITATION_ISSUED("Invitation issued"),
    INVITATION_USED("Invitation used"),
    USER_DEACTIVATED("User deactivated"),
    USER_REACTIVATED("User reactivated"),
    RELATIONSHIP_CREATED("Relationship created"),
    RELATIONSHIP_CHANGED("Relationship changed"),
    INTRODUCTION_LOGGED("Introduction logged"),
    INTRODUCTION_STATUS_CHANGED("Introduction status changed"),
    INTRODUCTION_COMMENTED("Introduction commented"),
    INTRODUCTION_NOTE_ADDED("Internal note added"),
    INTRODUCTION_OWNER_ASSIGNED("Introduction owner assigned"),
    CONFLICT_RESOLVED("Attribution conflict resolved"),
    DISPUTE_OPENED("Dispute opened"),
    DISPUTE_STATEMENT_ADDED("Dispute statement added"),
    DISPUTE_OWNER_ASSIGNED("Dispute owner assigned"),
    DISPUTE_DECIDED("Dispute decided"),
    AGREEMENT_TEMPLATE_SAVED("Agreement template saved"),
    AGREEMENT_DRAFTED("Agreement drafted"),
    AGREEMENT_DRAFT_CHANGED("Agreement draft changed"),
    AGREEMENT_SUBMITTED("Agreement submitted for approval"),
    AGREEMENT_CHANGES_REQUESTED("Agreement changes requested"),
    AGREEMENT_COMMENTED("Agreement commented"),
    AGREEMENT_APPROVED("Agreement approved and signed"),
    AGREEMENT_ACCEPTED("Agreement accepted by the partner"),
    AGREEMENT_SUPERSEDED("Agreement superseded"),
    REVENUE_RECORDED("Revenue recorded"),
    EXCHANGE_RATE_RECORDED("Exchange rate recorded"),
    STATEMENTS_GENERATED("Statements generated"),
    STATEMENT_LINE_HELD("Statement line put on hold"),
    STATEMENT_LINE_RELEASED("Statement line released"),
    STATEMENT_APPROVED("Statement approved"),
    STATEMENT_PAID("Statement marked paid"),
    API_KEY_CREATED("API key created"),
    API_KEY_REVOKED("API key revoked"),
    WEBHOOK_SAVED("Webhook saved"),
    WEBHOOK_REMOVED("Webhook removed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
