package com.allyway.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored form of {@link FailedSignIns} for one (normalized) sign-in name. Only ever changed by atomic updates in
 * {@link SignInThrottle}, hence no version field.
 */
@Document(SignInAttempts.COLLECTION)
class SignInAttempts {

    static final String COLLECTION = "sign_in_attempts";

    @Id
    private String name;
    private int failures;
    private Instant lockedUntil;
    private Instant updatedAt;

    protected SignInAttempts() {
        // for Spring Data
    }

    FailedSignIns state() {
        return new FailedSignIns(failures, lockedUntil);
    }
}
