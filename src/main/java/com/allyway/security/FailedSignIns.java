package com.allyway.security;

import java.time.Instant;

/**
 * Consecutive failed sign-ins for one sign-in name, and until when the name is locked.
 *
 * @param lockedUntil {@code null} while the name is not locked
 */
public record FailedSignIns(int count, Instant lockedUntil) {

    public static final FailedSignIns NONE = new FailedSignIns(0, null);
}
