package com.allyway.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text that is fed piece by piece, encoded as UTF-8: the same digest as
 * {@link Secrets#sha256Hex(String)} of the whole text, without building the text. A statement run hashes 1,000
 * statements of 100 lines each; building each statement's text first allocated about half a gigabyte per run.
 */
public final class Sha256Text {

    private final MessageDigest digest;
    private final byte[] buffer = new byte[8192];
    private int used;

    public Sha256Text() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Adds {@code String.valueOf(value)}, as {@link StringBuilder#append(Object)} would. */
    public Sha256Text add(Object value) {
        return add(String.valueOf(value));
    }

    /**
     * Adds the text as {@link String#getBytes} encodes it in UTF-8 (a lone surrogate becomes {@code ?}); null adds
     * "null", as {@link StringBuilder#append(CharSequence)} does.
     */
    public Sha256Text add(CharSequence text) {
        if (text == null) {
            return add("null");
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                put(c);
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                put(0xF0 | codePoint >> 18);
                put(0x80 | codePoint >> 12 & 0x3F);
                put(0x80 | codePoint >> 6 & 0x3F);
                put(0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
        return this;
    }

    public Sha256Text add(char c) {
        if (c < 0x80) {
            put(c);
            return this;
        }
        return add(String.valueOf(c));
    }

    /** The digest as 64 lower-case hex digits; the object is used up. */
    public String hex() {
        digest.update(buffer, 0, used);
        used = 0;
        return HexFormat.of().formatHex(digest.digest());
    }

    private void put(int b) {
        if (used == buffer.length) {
            digest.update(buffer, 0, used);
            used = 0;
        }
        buffer[used++] = (byte) b;
    }
}
