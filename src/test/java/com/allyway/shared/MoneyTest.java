package com.allyway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepAtMostTheCurrencysMinorUnitDigits() {
        assertThat(Money.of(new BigDecimal("10.50"), "eur").toString()).isEqualTo("EUR 10.50");
        assertThat(Money.of(new BigDecimal("1000"), "JPY").isPositive()).isTrue();
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.505"), "EUR")).hasMessageContaining("more decimals");
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.5"), "JPY")).hasMessageContaining("JPY allows (0)");
    }

    @Test
    void trailingZerosAreNotExtraPrecision() {
        assertThat(Money.of(new BigDecimal("10.5000"), "EUR").amount()).isEqualByComparingTo("10.50");
    }

    @Test
    void anUnknownCurrencyIsRefusedWithTheCodeInTheMessage() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "EURO"))
                .hasMessage("\"EURO\" is not a currency code such as EUR or USD.");
    }
}
