package com.allyway.relationship;

import java.util.List;
import java.util.Set;

/**
 * What staff edit on a relationship page. The service validates it whole (see {@link RelationshipProfileRules})
 * before anything is stored.
 *
 * @param ownerId the staff member who looks after the relationship; may be empty
 * @param feeNote how fees are already being paid without an agreement (who pays what, how); empty when none are.
 *                Evidence for the formalization advice.
 */
public record RelationshipProfile(RelationshipType type, RelationshipStage stage, Set<ContextFlag> flags,
        String ownerId, List<Contact> contacts, List<String> tags, String notes, String feeNote) {

    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int TAG_MAX_LENGTH = 40;
    public static final int MAX_TAGS = 20;
    public static final int MAX_CONTACTS = 20;
    public static final int FEE_NOTE_MAX_LENGTH = 1000;

    public RelationshipProfile {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A profile without informal fees. */
    public RelationshipProfile(RelationshipType type, RelationshipStage stage, Set<ContextFlag> flags, String ownerId,
            List<Contact> contacts, List<String> tags, String notes) {
        this(type, stage, flags, ownerId, contacts, tags, notes, null);
    }

    public RelationshipProfile withOwner(String newOwnerId) {
        return new RelationshipProfile(type, stage, flags, newOwnerId, contacts, tags, notes, feeNote);
    }
}
