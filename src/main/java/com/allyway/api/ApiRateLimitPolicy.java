package com.allyway.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests a key may make: a token bucket per key that holds up to a minute's allowance and refills
 * continuously, so a key may burst up to its limit and then gets one request per (60 s / limit). Plain Java, no
 * clock of its own: the caller passes the time. Per application instance; behind a load balancer each instance
 * counts for itself.
 */
public final class ApiRateLimitPolicy {

    /** Whether a request may go ahead; when not, how many whole seconds until it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private record Bucket(double tokens, Instant at) {
    }

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ApiRateLimitPolicy(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one request a minute: " + perMinute);
        }
        this.perMinute = perMinute;
    }

    public Decision take(String key, Instant now) {
        Decision[] decision = new Decision[1];
        buckets.compute(key, (ignored, bucket) -> {
            double tokens = bucket == null ? perMinute : Math.min(perMinute, bucket.tokens()
                    + refill(Duration.between(bucket.at(), now)));
            if (tokens >= 1) {
                decision[0] = new Decision(true, 0);
                return new Bucket(tokens - 1, now);
            }
            double secondsPerToken = 60.0 / perMinute;
            decision[0] = new Decision(false, (long) Math.ceil((1 - tokens) * secondsPerToken));
            return new Bucket(tokens, now);
        });
        return decision[0];
    }

    private double refill(Duration elapsed) {
        return Math.max(0, elapsed.toNanos()) / 60e9 * perMinute;
    }
}
