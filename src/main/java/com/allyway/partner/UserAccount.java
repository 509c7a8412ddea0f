package com.allyway.partner;

import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who can sign in, as stored. The email address (normalized) is the sign-in name and is unique. Other
 * packages see {@link AccountSummary}, never this class with its password hash.
 */
@Document(UserAccount.COLLECTION)
class UserAccount {

    static final String COLLECTION = "users";

    @Id
    private String id;
    private String email;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private String organizationId;
    private boolean active;
    private Instant createdAt;
    private Instant deactivatedAt;
    private String deactivatedBy;
    @Version
    private Long version;

    protected UserAccount() {
        // for Spring Data
    }

    UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, String organizationId,
            Instant createdAt) {
        boolean partner = roles.contains(Role.PARTNER);
        boolean internal = roles.stream().anyMatch(Role::isInternal);
        if (partner != (organizationId != null) || (partner && internal)
                || (roles.contains(Role.ORGANIZATION_ADMIN) && !partner)) {
            // Services never get here with such input; this guards the rule "a partner user belongs to exactly
            // one organization and holds no internal role" against future code paths.
            throw new IllegalArgumentException("A partner user holds the PARTNER role (and maybe ORGANIZATION_ADMIN)"
                    + " and belongs to one organization; internal users belong to none (roles " + roles
                    + ", organization " + organizationId + ")");
        }
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.organizationId = organizationId;
        this.active = true;
        this.createdAt = createdAt;
    }

    void deactivate(Instant at, String by) {
        this.active = false;
        this.deactivatedAt = at;
        this.deactivatedBy = by;
    }

    void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
        this.deactivatedBy = null;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, displayName, roles, organizationId, active, createdAt, deactivatedBy);
    }

    AllywayUser toPrincipal() {
        return new AllywayUser(id, email, displayName, roles, organizationId, passwordHash, active);
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

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDeactivatedBy() {
        return deactivatedBy;
    }
}
