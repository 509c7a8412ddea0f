package com.allyway.partner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable: long enough, not on the list of passwords attackers try first, and not the
 * person's own email address. Returns the problem in words, or nothing when the password is fine.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; anything beyond would silently not count, so it is refused instead. */
    public static final int MAX_BYTES = 72;

    private final Set<String> commonPasswords;

    PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream().map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (letters with accents and emoji count double"
                    + " or more).");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(folded)) {
            return Optional.of("This password is on the list of passwords attackers try first. Choose another.");
        }
        if (folded.codePoints().distinct().count() == 1) {
            return Optional.of("A single repeated character is too easy to guess.");
        }
        if (email != null && !email.isBlank()) {
            String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
            if (folded.equals(email.toLowerCase(Locale.ROOT)) || folded.equals(localPart)) {
                return Optional.of("Do not use your email address as password.");
            }
        }
        return Optional.empty();
    }
}
