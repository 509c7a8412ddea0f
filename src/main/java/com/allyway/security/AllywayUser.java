package com.allyway.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees it. Carries the organization so that every service can check
 * "only your own organization" without another lookup.
 *
 * @param organizationId the partner organization of a {@link Role#PARTNER} user; {@code null} for internal users
 */
public record AllywayUser(String id, String email, String displayName, Set<Role> roles, String organizationId,
        String passwordHash, boolean active) implements UserDetails {

    public AllywayUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this is one of the company's own people (any role but partner), who reach every organization. */
    public boolean isInternal() {
        return roles.stream().anyMatch(Role::isInternal);
    }

    public boolean hasAnyRole(Role... anyOf) {
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** A copy without the password hash, which has no business living in an HTTP session. */
    public AllywayUser withoutPassword() {
        return new AllywayUser(id, email, displayName, roles, organizationId, null, active);
    }

    @Override
    public String toString() {
        return "AllywayUser[" + email + ", roles=" + roles + ", organization=" + organizationId + "]";
    }
}
