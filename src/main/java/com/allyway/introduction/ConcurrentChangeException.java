package com.allyway.introduction;

import com.allyway.shared.RejectedInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Somebody else changed the record since it was loaded; nothing was overwritten. */
public class ConcurrentChangeException extends RejectedInputException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    ConcurrentChangeException(String changedBy, Instant changedAt) {
        super("version", changedBy + " changed this introduction at " + TIME.format(changedAt)
                + ", after you opened it. Nothing was saved; reload to see their change, then try again.");
    }
}
