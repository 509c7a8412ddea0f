package com.allyway.security;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because too many attempts failed for this name. Extends {@link LockedException} so that no
 * other authentication provider gets a second try at the same credentials.
 */
public class SignInLockedException extends LockedException {

    public SignInLockedException() {
        super("Too many failed sign-in attempts");
    }
}
