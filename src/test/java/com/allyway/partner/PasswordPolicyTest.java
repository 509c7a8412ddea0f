package com.allyway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.problemWith("river stones at dawn", "maya@northwind.example")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertThat(policy.problemWith("abcdefghjkm", null)).contains("Use at least 12 characters.");
        assertThat(policy.problemWith("abcdefghjkmn", null)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // 12 characters, 24 bytes in UTF-8: long enough.
        assertThat(policy.problemWith("ŁŁŁŁŁŁżżżżżż", null)).isEmpty();
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedInsteadOfSilentlyCut() {
        assertThat(policy.problemWith("a".repeat(36) + "b".repeat(36), null)).isEmpty();
        assertThat(policy.problemWith("a".repeat(36) + "b".repeat(37), null)).get().asString()
                .startsWith("Use at most 72 bytes");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.problemWith("Password1234", null)).get().asString().contains("attackers try first");
        assertThat(policy.problemWith("QWERTY123456", null)).get().asString().contains("attackers try first");
    }

    @Test
    void aSingleRepeatedCharacterIsRefused() {
        assertThat(policy.problemWith("zzzzzzzzzzzzzzzz", null)).contains(
                "A single repeated character is too easy to guess.");
    }

    @Test
    void theOwnEmailAddressIsRefused() {
        assertThat(policy.problemWith("Maya.Lindqvist@Northwind.example", "maya.lindqvist@northwind.example"))
                .contains("Do not use your email address as password.");
        assertThat(policy.problemWith("maya.lindqvist", "maya.lindqvist@northwind.example"))
                .contains("Do not use your email address as password.");
    }

    @Test
    void theListIsReadFromTheBundledFileAndComparedCaseInsensitively() {
        PasswordPolicy custom = new PasswordPolicy(Set.of("Tr0ub4dor&3xyz"));
        assertThat(custom.problemWith("tr0ub4dor&3XYZ", null)).isPresent();
        assertThat(custom.problemWith("password1234", null)).isEmpty();
    }
}
