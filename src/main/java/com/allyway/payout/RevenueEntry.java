package com.allyway.payout;

import com.allyway.shared.Money;
import java.time.LocalDate;

/**
 * Revenue as finance types or imports it, before it is checked against the introductions.
 *
 * @param reference the invoice id of a payment; a refund's own reference for a refund
 * @param invoiceId the invoice paid, or refunded
 */
public record RevenueEntry(RevenueEvent.Kind kind, String reference, String invoiceId, String introductionId,
        Money amount, LocalDate on) {

    /** The id the event is stored under: paying or refunding the same reference twice is the same event. */
    String key() {
        return kind.name().toLowerCase() + ":" + reference;
    }
}
