package com.allyway.agreement.pdf;

/** An uploaded file that cannot be checked, with a message for the person who uploaded it. */
public class UnreadablePdfException extends RuntimeException {

    public UnreadablePdfException(String message) {
        super(message);
    }
}
