package com.allyway.shared;

/**
 * Input a service refuses, with a message written for the person who typed it. Nothing has been stored when this
 * is thrown.
 *
 * @see #field() the form field the message belongs to, so a view can show it next to that field
 */
public class RejectedInputException extends RuntimeException {

    private final String field;

    public RejectedInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
