package com.allyway.audit;

import java.time.Instant;
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
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String id, Instant at, String actor, AuditAction action, String subject, String details,
        String remoteAddress) {

    public static final String COLLECTION = "audit";
}
