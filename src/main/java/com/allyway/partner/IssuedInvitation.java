package com.allyway.partner;

import java.time.Instant;

/**
 * What the inviter gets back, once: the link to pass on and when it stops working. Only the token's hash is
 * stored, so this is the last moment the link can be seen.
 */
public record IssuedInvitation(String email, String token, String link, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + email + ", expires " + expiresAt + "]";
    }
}
