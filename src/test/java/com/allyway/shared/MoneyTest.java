package com.allyway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsTakeTheCurrencysMinorUnitDigitsSoEqualAmountsAreEqual() {
        assertThat(Money.of(new BigDecimal("10.5"), "eur")).isEqualTo(Money.of(new BigDecimal("10.50"), "EUR"));
        assertThat(Money.of(new BigDecimal("10.5000"), "EUR").toString()).isEqualTo("EUR 10.50");
        assertThat(Money.of(new BigDecimal("1000"), "JPY").toString()).isEqualTo("JPY 1000");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.505"), "EUR")).hasMessageContaining("more decimals");
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.5"), "JPY")).hasMessageContaining("JPY allows (0)");
    }

    @Test
    void pseudoCurrenciesAndAbsurdAmountsAreRefused() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XXX")).hasMessageContaining("not a currency for money");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000001"), "EUR"))
                .hasMessageContaining("more than Allyway handles");
    }

    @Test
    void anUnknownCurrencyIsRefusedWithTheCodeInTheMessage() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "EURO"))
                .hasMessage("\"EURO\" is not a currency code such as EUR or USD.");
    }

    @Test
    void currencyCodesDoNotDependOnTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Money.of(BigDecimal.ONE, "inr").currency().getCurrencyCode()).isEqualTo("INR");
        } finally {
            Locale.setDefault(before);
        }
    }
}
