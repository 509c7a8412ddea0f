package com.allyway.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses are identities here: one spelling per person, whatever case they typed. */
public final class EmailAddresses {

    /** Long enough for any real address (RFC 5321 limits a path to 254 characters). */
    public static final int MAX_LENGTH = 254;

    // Deliberately simple: one @, no spaces, a dot in the domain. Real validation happens when the invitee
    // opens the link that was sent to the address.
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausible(String email) {
        String normalized = normalize(email);
        return normalized.length() <= MAX_LENGTH && PLAUSIBLE.matcher(normalized).matches();
    }
}
