package com.allyway.webhook;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where Allyway tells a partner organization's systems about changes: one address per organization, with the
 * secret its deliveries are signed with. The secret is kept as is (Allyway needs it to sign), shown to the
 * organization admin once, and replaced whenever the address is saved again.
 */
@Document("webhooks")
public class Webhook {

    @Id
    private String organizationId;
    private String url;
    private String secret;
    private String savedBy;
    private Instant savedAt;
    @Version
    private Long version;

    protected Webhook() {
        // for Spring Data
    }

    Webhook(String organizationId) {
        this.organizationId = organizationId;
    }

    void point(String newUrl, String newSecret, String by, Instant at) {
        url = newUrl;
        secret = newSecret;
        savedBy = by;
        savedAt = at;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Long getVersion() {
        return version;
    }
}
