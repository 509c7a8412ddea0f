package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProspectDomainTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "acme.com, acme.com",
            "ACME.COM., acme.com",
            "www.acme.com, acme.com",
            "https://www.Acme.com/about?ref=ally#team, acme.com",
            "http://user:secret@acme.com:8080/path, acme.com",
            "sales.eu.acme.com, acme.com",
            "https://shop.acme.co.uk, acme.co.uk",
            "jane.doe@Acme.com, acme.com",
            "mailto:jane@acme.com, acme.com",
            "bücher.de, xn--bcher-kva.de",
            "https://www.BÜCHER.de/katalog, xn--bcher-kva.de",
            "xn--bcher-kva.de, xn--bcher-kva.de",
            "münchen.example.com, example.com",
            "acme.com:8080, acme.com",
            "www.acme.com:443/x, acme.com"})
    void websitesDomainsAndEmailAddressesComeDownToTheRegistrableDomain(String input, String expected) {
        assertThat(ProspectDomain.parse(input).value()).isEqualTo(expected);
    }

    @Test
    void freeMailDomainsAreRecognisedWhateverTheSpelling() {
        assertThat(ProspectDomain.parse("jane@gmail.com").isFreeMail()).isTrue();
        assertThat(ProspectDomain.parse("https://mail.GOOGLEMAIL.com").isFreeMail()).isTrue();
        assertThat(ProspectDomain.parse("outlook.com").isFreeMail()).isTrue();
        assertThat(ProspectDomain.parse("acme.com").isFreeMail()).isFalse();
    }

    @Test
    void freeMailProvidersWithADomainPerCountryAreRecognisedByTheirName() {
        assertThat(ProspectDomain.parse("taro@yahoo.co.jp").isFreeMail()).isTrue();
        assertThat(ProspectDomain.parse("luca@hotmail.it").isFreeMail()).isTrue();
        assertThat(ProspectDomain.parse("anna@wp.pl").isFreeMail()).isTrue();
    }

    @Test
    void sharedHostsAndFreeMailDoNotIdentifyACompany() {
        assertThat(ProspectDomain.parse("https://www.linkedin.com/company/acme").identifiesACompany()).isFalse();
        assertThat(ProspectDomain.parse("acme.wordpress.com").identifiesACompany()).isFalse();
        assertThat(ProspectDomain.parse("jane@gmail.com").identifiesACompany()).isFalse();
        assertThat(ProspectDomain.parse("acme.com").identifiesACompany()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "not a domain", "co.uk", "com", "http://", "@", "acme..com", "-acme.com"})
    void somethingThatIsNoCompanyDomainIsRefusedWithAMessage(String input) {
        assertThatThrownBy(() -> ProspectDomain.parse(input)).isInstanceOf(InvalidProspectException.class)
                .hasMessageContaining("acme.com");
    }

    @Test
    void emptyInputAsksForAnAddress() {
        assertThatThrownBy(() -> ProspectDomain.parse("  ")).isInstanceOf(InvalidProspectException.class)
                .hasMessage("Enter a website, domain or email address.");
    }

    @Test
    void absurdlyLongInputIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> ProspectDomain.parse("a".repeat(3000) + ".com"))
                .hasMessageContaining("3004 characters long");
    }
}
