package com.allyway.security;

/**
 * What a person may do in Allyway. A person may hold several roles (a founder who is also an admin); a partner
 * user holds {@link #PARTNER} and belongs to exactly one partner organization.
 */
public enum Role {
    /** External: a person at an ally or referral partner, seeing only their own organization's records. */
    PARTNER("Partner"),
    /** Internal: works introductions and relationships. */
    STAFF("Staff"),
    /** Internal: payouts, statements and exports. */
    FINANCE("Finance"),
    /** Internal: approves agreements. */
    FOUNDER("Founder"),
    /** Internal: manages users and reads the audit trail. */
    ADMIN("Admin"),
    /**
     * External, always together with {@link #PARTNER}: manages their own organization's API keys (and what
     * integrates with Allyway on its behalf). Staff grant it when inviting a partner user.
     */
    ORGANIZATION_ADMIN("Organization admin");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String PARTNER = "PARTNER";
        public static final String STAFF = "STAFF";
        public static final String FINANCE = "FINANCE";
        public static final String FOUNDER = "FOUNDER";
        public static final String ADMIN = "ADMIN";
        public static final String ORGANIZATION_ADMIN = "ORGANIZATION_ADMIN";

        private Names() {
        }
    }

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isInternal() {
        return this != PARTNER && this != ORGANIZATION_ADMIN;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
