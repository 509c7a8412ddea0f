package com.allyway.payout;

import com.allyway.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money a won introduction brought in, or gave back: an invoice paid, or a refund of one. Amounts are positive in
 * both cases; the kind says which way the money went.
 *
 * @param eventId   unique per event: the invoice id for a payment, the refund's own reference for a refund
 * @param invoiceId the invoice paid, or the invoice a refund gives money back for
 */
public record RevenueEvent(String eventId, String introductionId, Kind kind, String invoiceId, Money amount,
        LocalDate on) {

    public enum Kind {
        PAYMENT, REFUND
    }

    public RevenueEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A revenue event's amount is more than zero: " + amount);
        }
    }

    public static RevenueEvent payment(String invoiceId, String introductionId, Money amount, LocalDate on) {
        return new RevenueEvent(invoiceId, introductionId, Kind.PAYMENT, invoiceId, amount, on);
    }

    public static RevenueEvent refund(String refundId, String invoiceId, String introductionId, Money amount,
            LocalDate on) {
        return new RevenueEvent(refundId, introductionId, Kind.REFUND, invoiceId, amount, on);
    }
}
