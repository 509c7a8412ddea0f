package com.allyway.partner;

import com.allyway.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A person who can sign in, as other features and views see them: everything but the password hash, which never
 * leaves this package (and so never lands in a Vaadin session through a grid).
 *
 * @param organizationId the partner organization of a partner user; {@code null} for internal users
 */
public record AccountSummary(String id, String email, String displayName, Set<Role> roles, String organizationId,
        boolean active, Instant createdAt, String deactivatedBy) {

    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
