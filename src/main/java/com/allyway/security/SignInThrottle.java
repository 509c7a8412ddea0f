package com.allyway.security;

import com.allyway.shared.AllywayProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Applies the {@link SignInLockoutPolicy} to the failures stored in MongoDB, so a lock holds across restarts. */
@Component
class SignInThrottle {

    private static final int WRITE_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SignInLockoutPolicy policy;

    SignInThrottle(MongoTemplate mongo, Clock clock, AllywayProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.policy = new SignInLockoutPolicy(properties.signIn().maxFailedAttempts(),
                properties.signIn().lockoutDuration());
    }

    boolean isLocked(String name) {
        SignInAttempts attempts = mongo.findById(name, SignInAttempts.class);
        return attempts != null && policy.isLocked(attempts.state(), clock.instant());
    }

    /** Counts a failure; returns whether the name is locked now. */
    boolean recordFailure(String name) {
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            SignInAttempts attempts = mongo.findById(name, SignInAttempts.class);
            if (attempts == null) {
                attempts = new SignInAttempts(name);
            }
            FailedSignIns next = policy.afterFailure(attempts.state(), now);
            attempts.update(next, now);
            try {
                mongo.save(attempts);
                return policy.isLocked(next, now);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // Another failed attempt for the same name was counted at the same moment: count on top of it.
                if (attempt == WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    void recordSuccess(String name) {
        mongo.remove(Query.query(Criteria.where("_id").is(name)), SignInAttempts.class);
    }

    Duration lockoutDuration() {
        return policy.lockoutDuration();
    }
}
