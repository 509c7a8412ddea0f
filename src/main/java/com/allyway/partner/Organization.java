package com.allyway.partner;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A company Allyway's users work with. Partner users belong to one of these; how the company works with it (ally
 * or referral partner, stage, owner) is its relationship, kept in the relationship feature.
 */
@Document(Organization.COLLECTION)
public class Organization {

    public static final String COLLECTION = "organizations";
    public static final int NAME_MAX_LENGTH = 120;
    public static final int WEBSITE_MAX_LENGTH = 200;

    @Id
    private String id;
    private String name;
    /** The name folded for the unique index, so "ACME" and "Acme " are one organization. */
    private String normalizedName;
    private String website;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Long version;

    protected Organization() {
        // for Spring Data
    }

    Organization(String name, String website, Instant createdAt, String createdBy) {
        this.name = name.strip();
        this.normalizedName = normalizeName(name);
        this.website = website == null || website.isBlank() ? null : website.strip();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    static String normalizeName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getWebsite() {
        return website;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
