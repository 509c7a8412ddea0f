package com.allyway.relationship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The company's working relationship with one organization: how formal it is, how far it goes, who on staff looks
 * after it, and what staff know about it. Keyed by the organization's id; internal only, partner users never read
 * it.
 */
@Document(Relationship.COLLECTION)
public class Relationship {

    static final String COLLECTION = "relationships";

    /** The organization's id. */
    @Id
    private String id;
    /** A copy of the organization's name (names do not change), so the directory searches and sorts here. */
    private String name;
    private String normalizedName;
    private String website;
    private RelationshipType type;
    private RelationshipStage stage;
    private Set<ContextFlag> flags = EnumSet.noneOf(ContextFlag.class);
    private String ownerId;
    private String ownerName;
    private List<Contact> contacts = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private String notes;
    /** How fees are paid informally, if they are: staff's note, evidence for the formalization advice. */
    private String feeNote;
    private Instant createdAt;
    private Instant lastChangedAt;
    private String lastChangedBy;
    @Version
    private Long version;

    protected Relationship() {
        // for Spring Data
    }

    Relationship(String organizationId, String name, String website, RelationshipType type, Instant at, String by) {
        this.id = organizationId;
        this.name = name;
        this.normalizedName = normalize(name);
        this.website = website;
        this.type = type;
        this.stage = RelationshipStage.initialFor(type);
        this.createdAt = at;
        this.lastChangedAt = at;
        this.lastChangedBy = by;
    }

    static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    RelationshipProfile profile() {
        return new RelationshipProfile(type, stage, flags, ownerId, contacts, tags, notes, feeNote);
    }

    /** @return false when it already was a referral partner */
    boolean becomeReferralPartner(Instant at, String by) {
        if (type == RelationshipType.REFERRAL_PARTNER) {
            return false;
        }
        type = RelationshipType.REFERRAL_PARTNER;
        if (stage == RelationshipStage.ALLY) {
            stage = RelationshipStage.REFERRAL_PARTNER;
        }
        lastChangedAt = at;
        lastChangedBy = by;
        return true;
    }

    void apply(RelationshipProfile profile, String newOwnerName, Instant at, String by) {
        type = profile.type();
        stage = profile.stage();
        flags = profile.flags().isEmpty() ? EnumSet.noneOf(ContextFlag.class) : EnumSet.copyOf(profile.flags());
        ownerId = profile.ownerId();
        ownerName = profile.ownerId() == null ? null : newOwnerName;
        contacts = new ArrayList<>(profile.contacts());
        tags = new ArrayList<>(profile.tags());
        notes = profile.notes();
        feeNote = profile.feeNote();
        lastChangedAt = at;
        lastChangedBy = by;
    }

    /** The fields the audit trail compares before and after a change, as a reader sees them. */
    Map<String, String> auditedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", type.label());
        fields.put("Stage", stage.label());
        fields.put("Context", flags.stream().sorted().map(ContextFlag::label).collect(Collectors.joining(", ")));
        fields.put("Owner", ownerName);
        fields.put("Contacts", contacts.stream().map(Contact::describe).collect(Collectors.joining("; ")));
        fields.put("Tags", String.join(", ", tags));
        fields.put("Notes", notes);
        fields.put("Fees paid informally", feeNote);
        return fields;
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

    public RelationshipType getType() {
        return type;
    }

    public RelationshipStage getStage() {
        return stage;
    }

    public Set<ContextFlag> getFlags() {
        return Set.copyOf(flags);
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public String getNotes() {
        return notes;
    }

    public String getFeeNote() {
        return feeNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }

    public Long getVersion() {
        return version;
    }
}
