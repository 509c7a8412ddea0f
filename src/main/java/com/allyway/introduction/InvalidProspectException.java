package com.allyway.introduction;

/** Prospect details that cannot be understood, with the reason in words for the person who typed them. */
public class InvalidProspectException extends IllegalArgumentException {

    public InvalidProspectException(String message) {
        super(message);
    }
}
