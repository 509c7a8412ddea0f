package com.allyway.api;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A key a partner organization's systems call the API with. Only the SHA-256 of the secret is stored, as the id, so
 * a presented key is found with one lookup and a stolen database holds no usable key; the secret itself is shown
 * once, when the key is created. The first characters stay visible, so people can tell their keys apart.
 */
@Document("api_keys")
public class ApiKey {

    @Id
    private String secretSha256;
    private String organizationId;
    private String name;
    private String visiblePrefix;
    private String createdBy;
    private Instant createdAt;
    private String revokedBy;
    private Instant revokedAt;
    @Version
    private Long version;

    protected ApiKey() {
        // for Spring Data
    }

    ApiKey(String secretSha256, String organizationId, String name, String visiblePrefix, String createdBy,
            Instant createdAt) {
        this.secretSha256 = secretSha256;
        this.organizationId = organizationId;
        this.name = name;
        this.visiblePrefix = visiblePrefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(String by, Instant at) {
        revokedBy = by;
        revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Identifies the key in screens and links without revealing anything that opens it. */
    public String getId() {
        return secretSha256;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getVisiblePrefix() {
        return visiblePrefix;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getVersion() {
        return version;
    }
}
