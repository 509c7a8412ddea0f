package com.allyway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

    @Test
    void tokensCarry256RandomBitsInUrlSafeCharacters() {
        InvitationToken token = InvitationToken.generate();
        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void everyTokenIsDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(InvitationToken.generate().value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theStoredHashIsTheSha256OfTheTokenNotTheTokenItself() {
        // SHA-256("abc"), from FIPS 180-2's test vectors.
        assertThat(InvitationToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        InvitationToken token = InvitationToken.generate();
        assertThat(token.hash()).isEqualTo(InvitationToken.hash(token.value())).doesNotContain(token.value());
    }

    @Test
    void theTokenNeverAppearsInLogsThroughToString() {
        InvitationToken token = InvitationToken.generate();
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
