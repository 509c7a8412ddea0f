package com.allyway.api;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.Secrets;
import com.allyway.shared.TextInput;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * API keys of partner organizations: an organization admin creates (the secret is shown once), lists and revokes
 * their own organization's keys. A key acts as a partner user of that organization, nothing more.
 */
@Service
public class ApiKeyService {

    public static final int NAME_MAX_LENGTH = 80;
    static final String SECRET_PREFIX = "aw_";
    private static final int VISIBLE_CHARACTERS = 10;
    private static final String ORGANIZATION_ADMIN = "hasRole('ORGANIZATION_ADMIN')";

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiKeyService(MongoTemplate mongo, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize(ORGANIZATION_ADMIN)
    public IssuedApiKey create(String name) {
        String validName = TextInput.required(name, "name", "Name the key after what uses it, e.g. \"CRM sync\".",
                "The name", NAME_MAX_LENGTH);
        AllywayUser user = currentUser.require();
        String secret = Secrets.newSecret(SECRET_PREFIX);
        ApiKey key = mongo.insert(new ApiKey(sha256(secret), user.organizationId(), validName,
                secret.substring(0, VISIBLE_CHARACTERS), user.displayName(), clock.instant()));
        auditLog.record(AuditAction.API_KEY_CREATED, validName, "key " + key.getVisiblePrefix() + "…");
        return new IssuedApiKey(key, secret);
    }

    /** The organization's keys, revoked ones included, newest first. */
    @PreAuthorize(ORGANIZATION_ADMIN)
    public List<ApiKey> list() {
        return mongo.find(Query.query(Criteria.where("organizationId").is(currentUser.require().organizationId()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), ApiKey.class);
    }

    /** An organization's keys for Allyway's admins, e.g. to revoke one when its organization admins are gone. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiKey> listFor(String organizationId) {
        return mongo.find(Query.query(Criteria.where("organizationId").is(organizationId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), ApiKey.class);
    }

    /**
     * From now on the key opens nothing; it stays listed as revoked, with who revoked it and when. An organization
     * admin revokes their own organization's keys; Allyway's admins any key.
     */
    @PreAuthorize("hasAnyRole('ORGANIZATION_ADMIN', 'ADMIN')")
    public ApiKey revoke(String id, Long expectedVersion) {
        ApiKey key = id == null ? null : mongo.findById(id, ApiKey.class);
        AllywayUser user = currentUser.require();
        if (key == null || !user.isInternal() && !key.getOrganizationId().equals(user.organizationId())) {
            throw new RejectedInputException("key", "Your organization has no such key.");
        }
        if (!Objects.equals(key.getVersion(), expectedVersion)) {
            throw new ConcurrentChangeException("this key", key.getRevokedBy() == null ? "somebody"
                    : key.getRevokedBy(), key.getRevokedAt() == null ? clock.instant() : key.getRevokedAt());
        }
        if (key.isRevoked()) {
            return key;
        }
        key.revoke(currentUser.require().displayName(), clock.instant());
        try {
            ApiKey saved = mongo.save(key);
            auditLog.record(AuditAction.API_KEY_REVOKED, saved.getName(), "key " + saved.getVisiblePrefix() + "…");
            return saved;
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentChangeException("this key", "somebody", clock.instant());
        }
    }

    /**
     * Who a presented secret acts as: a partner user of the key's organization, or nothing for an unknown or
     * revoked key. Called before anybody is signed in (the secret is the credential), so open to all.
     */
    @PreAuthorize("permitAll()")
    public Optional<AllywayUser> authenticate(String presentedSecret) {
        if (presentedSecret == null || !presentedSecret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        ApiKey key = mongo.findById(sha256(presentedSecret), ApiKey.class);
        if (key == null || key.isRevoked()) {
            return Optional.empty();
        }
        // The "email" is what the audit log names as the actor: the key, by name and visible prefix.
        String actor = "API key \"" + key.getName() + "\" (" + key.getVisiblePrefix() + "…)";
        return Optional.of(new AllywayUser("api-key:" + key.getVisiblePrefix(), actor, actor,
                EnumSet.of(Role.PARTNER), key.getOrganizationId(), null, true));
    }

    static String sha256(String secret) {
        return Secrets.sha256Hex(secret);
    }
}
