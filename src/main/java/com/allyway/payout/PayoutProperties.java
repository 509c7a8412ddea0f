package com.allyway.payout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How payouts are run, under {@code allyway.payout.}.
 *
 * @param statementPeriod one statement per partner and calendar month or quarter ({@code ALLYWAY_STATEMENT_PERIOD});
 *                        one setting for the whole installation, so a partner's statements never overlap. It is also
 *                        the period in which tiers count won introductions.
 */
@ConfigurationProperties("allyway.payout")
public record PayoutProperties(@DefaultValue("MONTH") Period.Length statementPeriod) {
}
