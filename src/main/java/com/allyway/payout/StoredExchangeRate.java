package com.allyway.payout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One row of finance's rate table; its id is "USD:EUR:2027-03-01", one rate per pair and day. */
@Document("exchange_rates")
record StoredExchangeRate(@Id String id, Currency from, Currency to, BigDecimal rate, LocalDate date,
        Instant recordedAt, String recordedBy) {

    ExchangeRate asRate() {
        return new ExchangeRate(from, to, rate, date);
    }
}
