package com.allyway.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Stored form of {@link FailedSignIns} for one (normalized) sign-in name. */
@Document(SignInAttempts.COLLECTION)
class SignInAttempts {

    static final String COLLECTION = "sign_in_attempts";

    @Id
    private String name;
    private int failures;
    private Instant lockedUntil;
    /** Lets stale entries of names that never signed in again expire (TTL index). */
    private Instant updatedAt;
    @Version
    private Long version;

    protected SignInAttempts() {
        // for Spring Data
    }

    SignInAttempts(String name) {
        this.name = name;
    }

    FailedSignIns state() {
        return new FailedSignIns(failures, lockedUntil);
    }

    void update(FailedSignIns state, Instant now) {
        this.failures = state.count();
        this.lockedUntil = state.lockedUntil();
        this.updatedAt = now;
    }
}
