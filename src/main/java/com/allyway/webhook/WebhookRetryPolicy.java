package com.allyway.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours; after the
 * sixth failed attempt it stays failed (the partner sees it in the delivery log). Plain Java.
 */
public final class WebhookRetryPolicy {

    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));
    public static final int MAX_ATTEMPTS = BACKOFF.size() + 1;

    private WebhookRetryPolicy() {
    }

    /** @param attemptsSoFar failed attempts including the one that just failed */
    public static Optional<Instant> nextAttempt(int attemptsSoFar, Instant failedAt) {
        if (attemptsSoFar < 1 || attemptsSoFar >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(BACKOFF.get(attemptsSoFar - 1)));
    }
}
