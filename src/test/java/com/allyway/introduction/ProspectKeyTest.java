package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProspectKeyTest {

    @Test
    void theSameDomainIsTheSameProspectWhateverTheName() {
        assertThat(ProspectKey.of("Acme", "https://www.acme.com")
                .sameProspectAs(ProspectKey.of("ACME Corporation Europe", "jane@acme.com"))).isTrue();
    }

    @Test
    void theSameNameIsTheSameProspectWhateverTheDomain() {
        assertThat(ProspectKey.of("Acme Inc.", "acme.io").sameProspectAs(ProspectKey.of("ACME", "acme.com")))
                .isTrue();
    }

    @Test
    void freeMailAddressesNeverMakeTwoCompaniesOne() {
        ProspectKey first = ProspectKey.of("Acme", "jane@gmail.com");
        ProspectKey second = ProspectKey.of("Globex", "joe@gmail.com");

        assertThat(first.domain()).isNull();
        assertThat(first.sameProspectAs(second)).isFalse();
    }

    @Test
    void aSharedHostWebsiteFallsBackToTheEmailDomain() {
        ProspectKey key = ProspectKey.of("Acme", "https://www.linkedin.com/company/acme", "jane@acme.com");

        assertThat(key.domain()).isEqualTo("acme.com");
        assertThat(ProspectKey.of("Globex", "linkedin.com/company/globex").domain()).isNull();
    }

    @Test
    void withoutDomainAndWithoutDistinctiveNameNothingMatches() {
        assertThat(ProspectKey.of("", null).sameProspectAs(ProspectKey.of("", null))).isFalse();
    }

    @Test
    void differentCompaniesOnDifferentDomainsAreDifferentProspects() {
        assertThat(ProspectKey.of("Acme", "acme.com").sameProspectAs(ProspectKey.of("Globex", "globex.com")))
                .isFalse();
    }
}
