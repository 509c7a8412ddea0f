package com.allyway.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking. Services use it for the checks that annotations cannot express, above all "a partner sees only
 * its own organization".
 */
@Component
public class CurrentUser {

    public Optional<AllywayUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AllywayUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AllywayUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /**
     * Refuses a partner user whose organization is not {@code organizationId}; internal users pass. This is the
     * organization fence that every partner-facing service method goes through.
     */
    public void requireAccessToOrganization(String organizationId) {
        AllywayUser user = require();
        if (user.isInternal()) {
            return;
        }
        if (organizationId == null || !organizationId.equals(user.organizationId())) {
            throw new AccessDeniedException("This record belongs to another organization.");
        }
    }
}
