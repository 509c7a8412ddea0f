package com.allyway.partner;

import com.allyway.shared.Secrets;

/** The secret part of an invitation link: 256 random bits, stored only as its SHA-256 ({@link Secrets}). */
record InvitationToken(String value) {

    static InvitationToken generate() {
        return new InvitationToken(Secrets.newSecret(""));
    }

    String hash() {
        return hash(value);
    }

    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }

    @Override
    public String toString() {
        return "InvitationToken[hidden]";
    }
}
