package com.allyway.payout;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A won introduction as the engine needs it.
 *
 * @param creditPercent the relationship's share of the credit after attribution decisions (100 unless a conflict
 *                      was split); commission is multiplied by it
 */
public record WonIntroduction(String introductionId, String prospect, LocalDate wonOn, BigDecimal creditPercent) {
}
