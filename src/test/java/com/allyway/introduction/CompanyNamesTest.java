package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    @Test
    void caseLegalFormsAndPunctuationDoNotMakeADifferentCompany() {
        assertThat(CompanyNames.key("ACME, Inc.")).isEqualTo("acme");
        assertThat(CompanyNames.key("Acme Inc")).isEqualTo("acme");
        assertThat(CompanyNames.key("  acme  ")).isEqualTo("acme");
        assertThat(CompanyNames.key("Acme Holding Ltd.")).isEqualTo("acme holding");
    }

    @Test
    void accentsAndSpecialLettersAreFolded() {
        assertThat(CompanyNames.key("Müller GmbH")).isEqualTo(CompanyNames.key("Muller"));
        assertThat(CompanyNames.key("Łukasz & Søn AS")).isEqualTo("lukasz and son");
        assertThat(CompanyNames.key("Straße AG")).isEqualTo("strasse");
    }

    @Test
    void aLeadingTheIsIgnoredButANameIsNeverFoldedAway() {
        assertThat(CompanyNames.key("The Kestrel Labs Ltd.")).isEqualTo("kestrel labs");
        assertThat(CompanyNames.key("The")).isEqualTo("the");
        assertThat(CompanyNames.key("Company")).isEqualTo("company");
        assertThat(CompanyNames.key("Inc. Ltd.")).isEqualTo("inc");
    }

    @Test
    void legalFormsWrittenWithDotsSlashesOrAmpersandsAreIgnoredToo() {
        for (String name : new String[] {"Foo S.A.", "Foo B.V.", "Foo L.L.C.", "Foo S.p.A.", "Foo A/S",
                "Foo Sp. z o.o.", "Foo & Co.", "Foo GmbH & Co. KG", "Foo s.r.o."}) {
            assertThat(CompanyNames.key(name)).as(name).isEqualTo("foo");
        }
    }

    @Test
    void initialsInsideANameStayPartOfIt() {
        assertThat(CompanyNames.key("A. B. Dick Company")).isEqualTo("ab dick");
        assertThat(CompanyNames.key("AB Dick")).isEqualTo("ab dick");
    }

    @Test
    void differentCompaniesStayDifferent() {
        assertThat(CompanyNames.key("Acme Logistics")).isNotEqualTo(CompanyNames.key("Acme Labs"));
    }

    @Test
    void nothingGivesAnEmptyKey() {
        assertThat(CompanyNames.key(null)).isEmpty();
        assertThat(CompanyNames.key(" ,. ")).isEmpty();
    }
}
