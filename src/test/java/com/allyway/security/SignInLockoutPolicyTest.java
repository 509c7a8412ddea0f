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
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        FailedSignIns state = FailedSignIns.NONE;
        for (int i = 1; i <= 4; i++) {
            state = policy.afterFailure(state, T0.plusSeconds(i));
            assertThat(policy.isLocked(state, T0.plusSeconds(i))).as("after %d failures", i).isFalse();
        }
        state = policy.afterFailure(state, T0.plusSeconds(5));

        assertThat(state).isEqualTo(new FailedSignIns(5, T0.plusSeconds(5).plus(Duration.ofMinutes(15))));
        assertThat(policy.isLocked(state, T0.plusSeconds(5))).isTrue();
        assertThat(policy.isLocked(state, T0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(policy.isLocked(state, T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void afterTheLockRunsOutCountingStartsAfresh() {
        FailedSignIns locked = new FailedSignIns(5, T0);

        FailedSignIns next = policy.afterFailure(locked, T0.plusSeconds(1));

        assertThat(next).isEqualTo(new FailedSignIns(1, null));
        assertThat(policy.isLocked(next, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void aFailureDuringALockExtendsIt() {
        FailedSignIns locked = new FailedSignIns(5, T0.plus(Duration.ofMinutes(10)));

        FailedSignIns next = policy.afterFailure(locked, T0);

        assertThat(next).isEqualTo(new FailedSignIns(6, T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void nonsensicalSettingsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new SignInLockoutPolicy(0, Duration.ofMinutes(15)))
                .hasMessageContaining("maxFailedAttempts");
        assertThatThrownBy(() -> new SignInLockoutPolicy(5, Duration.ZERO)).hasMessageContaining("lockoutDuration");
    }
}
