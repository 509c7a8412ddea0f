package com.allyway.introduction;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event on an introduction's shared timeline: a status change, a comment, or a staff-only internal note.
 * Internal notes never reach partner users: every query for them excludes {@code internal} entries.
 *
 * @param relationshipId copied from the introduction so the organization fence needs no second lookup
 */
@Document(TimelineEntry.COLLECTION)
public record TimelineEntry(@Id String id, String introductionId, String relationshipId, Instant at, String actorId,
        String actorName, Kind kind, String text, IntroductionStatus fromStatus, IntroductionStatus toStatus,
        boolean internal) {

    static final String COLLECTION = "introduction_timeline";
    public static final int TEXT_MAX_LENGTH = 4000;

    public enum Kind {
        LOGGED, STATUS_CHANGED, COMMENT, INTERNAL_NOTE, ATTRIBUTION_DECIDED, OWNER_ASSIGNED
    }
}
