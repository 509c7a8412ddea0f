package com.allyway.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One unit of {@code from} is worth {@code rate} units of {@code to}, as finance recorded it for {@code date}. */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate date) {

    /** Finance's rate table: the latest rate on or before a day. */
    @FunctionalInterface
    public interface Table {
        java.util.Optional<ExchangeRate> on(Currency from, Currency to, LocalDate day);
    }
}
