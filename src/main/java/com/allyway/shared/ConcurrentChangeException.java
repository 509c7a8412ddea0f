package com.allyway.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Somebody else changed the record since it was loaded; nothing was overwritten. */
public class ConcurrentChangeException extends RejectedInputException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** @param record what was changed, as the sentence names it: "this introduction", "this relationship" */
    public ConcurrentChangeException(String record, String changedBy, Instant changedAt) {
        super("version", changedBy + " changed " + record + " at " + TIME.format(changedAt)
                + ", after you opened it. Nothing was saved; reload to see their change, then try again.");
    }
}
