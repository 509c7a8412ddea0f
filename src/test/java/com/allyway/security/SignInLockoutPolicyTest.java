package com.allyway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInLockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final SignInLockoutPolicy policy = new SignInLockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void fiveAttemptsHaveTheirPasswordCheckedTheSixthDoesNot() {
        for (int count = 1; count <= 5; count++) {
            assertThat(policy.admits(new FailedSignIns(count, null), T0)).as("attempt %d", count).isTrue();
        }
        assertThat(policy.admits(new FailedSignIns(6, null), T0)).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesEarlierOnesDoNot() {
        for (int count = 1; count <= 4; count++) {
            assertThat(policy.lockAfterFailure(new FailedSignIns(count, null), T0)).isNull();
        }
        Instant lockedUntil = policy.lockAfterFailure(new FailedSignIns(5, null), T0);

        assertThat(lockedUntil).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        FailedSignIns locked = new FailedSignIns(5, lockedUntil);
        assertThat(policy.isLocked(locked, lockedUntil.minusMillis(1))).isTrue();
        assertThat(policy.admits(new FailedSignIns(1, lockedUntil), lockedUntil.minusMillis(1))).isFalse();
        assertThat(policy.isLocked(locked, lockedUntil)).isFalse();
    }

    @Test
    void nonsensicalSettingsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new SignInLockoutPolicy(0, Duration.ofMinutes(15)))
                .hasMessageContaining("maxFailedAttempts");
        assertThatThrownBy(() -> new SignInLockoutPolicy(5, Duration.ZERO)).hasMessageContaining("lockoutDuration");
    }
}
