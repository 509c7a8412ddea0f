package com.allyway.security;

import com.allyway.shared.AllywayProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link SignInLockoutPolicy} to counts kept in MongoDB, so a lock holds across restarts and across
 * several app instances. Every step is one atomic single-document update: no read-modify-write races.
 */
@Component
class SignInThrottle {

    private static final Duration KEEP_AT_LEAST = Duration.ofDays(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SignInLockoutPolicy policy;

    SignInThrottle(MongoTemplate mongo, Clock clock, AllywayProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.policy = new SignInLockoutPolicy(properties.signIn().maxFailedAttempts(),
                properties.signIn().lockoutDuration());
    }

    /** Counts an attempt for {@code name} before its password is checked. */
    CountedAttempt count(String name) {
        Instant now = clock.instant();
        // A lock that has run out clears the count, so the next attempts start afresh.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(name).and("lockedUntil").lte(now)),
                new Update().set("failures", 0).unset("lockedUntil"), SignInAttempts.class);
        SignInAttempts counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(name)),
                new Update().inc("failures", 1).set("updatedAt", now),
                FindAndModifyOptions.options().upsert(true).returnNew(true), SignInAttempts.class);
        return new CountedAttempt(name, counted.state(), now);
    }

    boolean admits(CountedAttempt attempt) {
        return policy.admits(attempt.state(), attempt.at());
    }

    /** The password check failed; returns whether the name is locked now. */
    boolean failed(CountedAttempt attempt) {
        Instant lockedUntil = policy.lockAfterFailure(attempt.state(), attempt.at());
        if (lockedUntil == null) {
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(attempt.name())),
                new Update().set("lockedUntil", lockedUntil), SignInAttempts.class);
        return true;
    }

    void succeeded(CountedAttempt attempt) {
        mongo.remove(Query.query(Criteria.where("_id").is(attempt.name())), SignInAttempts.class);
    }

    Duration lockoutDuration() {
        return policy.lockoutDuration();
    }

    /**
     * Forgets names nobody tried for a while, so guessed names do not pile up. Done here rather than with a TTL
     * index, which the embedded server does not apply.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetStaleNames() {
        Duration keep = policy.lockoutDuration().compareTo(KEEP_AT_LEAST) > 0 ? policy.lockoutDuration()
                : KEEP_AT_LEAST;
        mongo.remove(Query.query(Criteria.where("updatedAt").lt(clock.instant().minus(keep))),
                SignInAttempts.class);
    }

    /** One counted attempt: the state including it, and when it was made. */
    record CountedAttempt(String name, FailedSignIns state, Instant at) {
    }
}
