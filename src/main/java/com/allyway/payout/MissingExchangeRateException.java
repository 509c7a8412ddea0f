package com.allyway.payout;

import java.time.LocalDate;
import java.util.Currency;

/** A payment in another currency than the plan's, with no rate in finance's table to convert it. */
public class MissingExchangeRateException extends RuntimeException {

    public MissingExchangeRateException(Currency from, Currency to, LocalDate on) {
        super("No exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " on or before "
                + on + ": add one to the rate table first.");
    }
}
