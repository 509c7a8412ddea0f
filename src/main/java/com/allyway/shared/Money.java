package com.allyway.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in a currency. Never a double: amounts are {@link BigDecimal} with at most the currency's minor-unit
 * digits (two for EUR, none for JPY), so nothing is rounded silently.
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Far above any deal, far below what MongoDB's Decimal128 can hold. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " is not a currency for money.");
        }
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(amount.toPlainString() + " is more than Allyway handles ("
                    + MAX_AMOUNT.toPlainString() + ").");
        }
        try {
            // One scale per currency, so equal amounts are equal records: 10.5 and 10.50 EUR are both 10.50.
            amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ").");
        }
    }

    /**
     * @throws IllegalArgumentException with a message for people, for an unknown currency code or too many decimals
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + currencyCode + "\" is not a currency code such as EUR or USD.");
        }
        return new Money(amount, currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
