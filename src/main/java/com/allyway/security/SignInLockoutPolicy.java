package com.allyway.security;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxFailedAttempts} password checks per sign-in name until one succeeds; after that many failures
 * the name is locked for {@code lockoutDuration}. Attempts are counted <em>before</em> the password is checked, so
 * that a burst of parallel requests gets no more checks than a patient attacker would.
 *
 * <p>Once a lock has run out, the count starts afresh (applied by the store, atomically, before counting).</p>
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

    /** Whether a lock is in force at {@code now}. */
    public boolean isLocked(FailedSignIns state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /**
     * Whether this attempt may have its password checked.
     *
     * @param counted the state with this attempt already counted
     */
    public boolean admits(FailedSignIns counted, Instant now) {
        return !isLocked(counted, now) && counted.count() <= maxFailedAttempts;
    }

    /**
     * The lock that follows when the password check of a counted attempt failed, or {@code null} while failures
     * remain below the limit.
     */
    public Instant lockAfterFailure(FailedSignIns counted, Instant now) {
        return counted.count() >= maxFailedAttempts ? now.plus(lockoutDuration) : null;
    }
}
