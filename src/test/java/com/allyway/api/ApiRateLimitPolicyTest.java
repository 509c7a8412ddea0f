package com.allyway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiRateLimitPolicyTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void aKeyMayBurstUpToItsLimitThenWaitsForTheNextToken() {
        ApiRateLimitPolicy policy = new ApiRateLimitPolicy(60); // one token a second
        for (int i = 0; i < 60; i++) {
            assertThat(policy.take("k", NOON).allowed()).as("request %d", i + 1).isTrue();
        }
        ApiRateLimitPolicy.Decision refused = policy.take("k", NOON);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        assertThat(policy.take("k", NOON.plusMillis(500)).allowed()).as("half a token").isFalse();
        assertThat(policy.take("k", NOON.plusMillis(1000)).allowed()).as("a whole token").isTrue();
        assertThat(policy.take("k", NOON.plusMillis(1000)).allowed()).isFalse();
    }

    @Test
    void keysCountSeparatelyAndABucketNeverHoldsMoreThanTheLimit() {
        ApiRateLimitPolicy policy = new ApiRateLimitPolicy(2);
        assertThat(policy.take("a", NOON).allowed()).isTrue();
        assertThat(policy.take("a", NOON).allowed()).isTrue();
        assertThat(policy.take("a", NOON).allowed()).isFalse();
        assertThat(policy.take("b", NOON).allowed()).as("another key").isTrue();

        Instant anHourLater = NOON.plusSeconds(3600);
        assertThat(policy.take("a", anHourLater).allowed()).isTrue();
        assertThat(policy.take("a", anHourLater).allowed()).isTrue();
        assertThat(policy.take("a", anHourLater).allowed()).as("an idle hour saves no more than the limit")
                .isFalse();
        assertThat(policy.take("a", anHourLater).retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new ApiRateLimitPolicy(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one request");
    }
}
