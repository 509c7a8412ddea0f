package com.allyway.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency. Never a double: amounts are {@link BigDecimal} with at most the currency's minor-unit
 * digits (two for EUR, none for JPY), so nothing is rounded silently.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ").");
        }
    }

    /**
     * @throws IllegalArgumentException with a message for people, for an unknown currency code or too many decimals
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.strip().toUpperCase());
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
