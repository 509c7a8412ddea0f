package com.allyway.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real clock plus an offset that tests move (invitation expiry, lockout expiry). Tests that move it put it
 * back afterwards: the application context, and so the clock, is shared by all integration tests.
 */
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves time forward (or back) by {@code amount} relative to the real clock. */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Allyway works in UTC");
    }
}
