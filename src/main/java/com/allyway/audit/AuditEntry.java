package com.allyway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing that happened, as it was seen at the time. Entries are only ever inserted; nothing in Allyway updates
 * or deletes them.
 *
 * @param actor         who did it: an email address, {@value AuditLog#ANONYMOUS} or {@value AuditLog#SYSTEM}
 * @param subject       what it was done to (an account, an organization), in words a reader recognises
 * @param details       anything else worth keeping, never a secret
 * @param remoteAddress where the request came from, when it came over HTTP
 * @param changes       for a changed record, each changed field with its value before and after; else empty
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String id, Instant at, String actor, AuditAction action, String subject, String details,
        String remoteAddress, List<FieldChange> changes) {

    public static final String COLLECTION = "audit";

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes); // entries written before fields were audited
    }

    /** The details followed by each changed field, as one line for a grid cell. */
    public String detailsWithChanges() {
        List<String> parts = new ArrayList<>();
        if (details != null && !details.isBlank()) {
            parts.add(details);
        }
        changes.forEach(change -> parts.add(change.describe()));
        return String.join("; ", parts);
    }
}
