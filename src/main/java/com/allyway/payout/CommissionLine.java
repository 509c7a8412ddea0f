package com.allyway.payout;

import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One amount a partner earned (or gives back), with everything needed to check it by hand.
 *
 * @param lineId      deterministic: the same events always give the same ids
 * @param revenue     the revenue the line is computed from, in the plan's currency (null for a flat fee)
 * @param conversion  the rate the revenue was converted with, if it was in another currency
 * @param ratePercent the commission rate applied (null for a flat fee)
 * @param payableOn   when the line may be paid: after the plan's hold period
 * @param explanation for people, e.g. "10 % of EUR 4000.00, invoice INV-17, month 3 of 12, plan v2"
 */
public record CommissionLine(String lineId, String introductionId, String eventId, String invoiceId, Rule rule,
        int planVersion, Money revenue, ExchangeRate conversion, BigDecimal ratePercent, Money amount,
        LocalDate earnedOn, LocalDate payableOn, String explanation) {

    /** Which rule of the plan produced the line. */
    public enum Rule {
        PERCENTAGE_OF_REVENUE, FLAT_FEE, TIERED_BY_VOLUME, OUTSIDE_RECURRING_WINDOW, CLAWBACK
    }
}
