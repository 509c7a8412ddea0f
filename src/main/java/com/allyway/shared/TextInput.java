package com.allyway.shared;

/**
 * The services' check of typed text: stripped of surrounding space, refused (never cut) when too long, with the
 * message naming the field's length and limit.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * @param noun how the message names the text, e.g. "The name"
     * @return the stripped text, or {@code null} when nothing was typed
     */
    public static String optional(String value, String field, String noun, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new RejectedInputException(field, noun + " has " + stripped.length() + " characters; at most "
                    + maxLength + " fit.");
        }
        return stripped;
    }

    /** Like {@link #optional}, but nothing typed is refused with {@code missing}. */
    public static String required(String value, String field, String missing, String noun, int maxLength) {
        String stripped = optional(value, field, noun, maxLength);
        if (stripped == null) {
            throw new RejectedInputException(field, missing);
        }
        return stripped;
    }
}
