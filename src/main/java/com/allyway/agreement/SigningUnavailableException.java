package com.allyway.agreement;

/** No usable signing key: approval cannot produce a signed agreement. The message says what to configure. */
public class SigningUnavailableException extends RuntimeException {

    public SigningUnavailableException(String message) {
        super(message);
    }
}
