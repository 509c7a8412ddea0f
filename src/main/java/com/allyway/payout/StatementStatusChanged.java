package com.allyway.payout;

import com.allyway.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A partner's statement was approved or paid: what the partner may know of it, for listeners such as webhooks. */
public record StatementStatusChanged(String statementId, String relationshipId, String periodLabel,
        StatementStatus status, Money payable, LocalDate paidOn, String paymentReference, Instant at) {
}
