package com.allyway.partner;

import com.allyway.security.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time invitation to create an account. Only the SHA-256 of the token is stored, so a copy of the database
 * cannot be turned into working links.
 */
@Document(Invitation.COLLECTION)
public class Invitation {

    public static final String COLLECTION = "invitations";

    @Id
    private String id;
    private String tokenHash;
    private String email;
    private String displayName;
    private Set<Role> roles;
    private String organizationId;
    private String invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    @Version
    private Long version;

    protected Invitation() {
        // for Spring Data
    }

    Invitation(String tokenHash, String email, String displayName, Set<Role> roles, String organizationId,
            String invitedBy, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.organizationId = organizationId;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
