package com.allyway.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * SHA-256 of a text that is fed piece by piece, encoded as UTF-8: the same digest as
 * {@link Secrets#sha256Hex(String)} of the whole text, without building the text (each piece is encoded on its own,
 * so a surrogate pair must not be split between two pieces). A statement run hashes 1,000 statements of 100 lines
 * each; building each statement's text first allocated about half a gigabyte per run.
 */
public final class Sha256Text {

    private final MessageDigest digest = Secrets.sha256();
    private final byte[] buffer = new byte[8192];
    private int used;

    /** Adds {@code String.valueOf(value)}, as {@link StringBuilder#append(Object)} would. */
    public Sha256Text add(Object value) {
        return add(String.valueOf(value));
    }

    /**
     * Adds the text as {@link String#getBytes} encodes it in UTF-8 (a lone surrogate becomes {@code ?}); null adds
     * "null", as {@link StringBuilder#append(CharSequence)} does.
     */
    public Sha256Text add(CharSequence text) {
        byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buffer.length - used) {
            flush();
        }
        if (bytes.length >= buffer.length) {
            digest.update(bytes);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        return this;
    }

    public Sha256Text add(char c) {
        if (c >= 0x80) {
            return add(String.valueOf(c));
        }
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    /** The digest as 64 lower-case hex digits; the object is used up. */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
