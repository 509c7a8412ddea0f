package com.allyway.partner;

import com.allyway.security.Role;
import java.time.Instant;
import java.util.Set;

/** What the invitee sees on the invitation page before choosing a password. */
public record InvitationPreview(String email, String displayName, String organizationName, Set<Role> roles,
        Instant expiresAt) {
}
