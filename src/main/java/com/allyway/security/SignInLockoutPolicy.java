package com.allyway.security;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailedAttempts} consecutive failures for one sign-in name, that name is locked for
 * {@code lockoutDuration}. A success clears the count; once a lock has run out, counting starts afresh.
 *
 * <p>The count is kept per name typed, whether or not an account exists, so the lockout message reveals nothing
 * about which accounts exist.</p>
 */
public record SignInLockoutPolicy(int maxFailedAttempts, Duration lockoutDuration) {

    public SignInLockoutPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1, was " + maxFailedAttempts);
        }
        if (lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("lockoutDuration must be positive, was " + lockoutDuration);
        }
    }

    public boolean isLocked(FailedSignIns state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    public FailedSignIns afterFailure(FailedSignIns state, Instant now) {
        boolean lockRanOut = state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
        int count = (lockRanOut ? 0 : state.count()) + 1;
        Instant lockedUntil = count >= maxFailedAttempts ? now.plus(lockoutDuration) : null;
        return new FailedSignIns(count, lockedUntil);
    }
}
