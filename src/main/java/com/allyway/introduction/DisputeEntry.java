package com.allyway.introduction;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry on a dispute's timeline: a statement or evidence from a side, a message from staff, or an event.
 *
 * @param visibleTo the relationship whose partner users may read it (a side's own statements), or {@code null}
 *                  for staff messages and events both sides read. Staff read everything.
 * @param fromStaff written by staff rather than by a partner user
 */
@Document(DisputeEntry.COLLECTION)
public record DisputeEntry(@Id String id, String disputeId, String visibleTo, boolean fromStaff, Instant at,
        String actorName, Kind kind, String text) {

    static final String COLLECTION = "dispute_entries";
    public static final int TEXT_MAX_LENGTH = 4000;

    public enum Kind {
        STATEMENT("Statement"),
        EVIDENCE("Evidence"),
        MESSAGE("Message"),
        EVENT("Event");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
