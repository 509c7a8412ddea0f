package com.allyway.insight;

import com.allyway.introduction.IntroductionFacts;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.payout.PayoutFigures.StatementTotal;
import com.allyway.payout.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's home figures: their introductions by status, how many of the decided ones were won, and what they
 * earned per statement period (paid, approved, or pending finance's review).
 */
public record PartnerInsight(List<IntroductionFacts> introductions, List<Period> periods,
        List<StatementTotal> statements) {

    public Map<IntroductionStatus, Long> byStatus() {
        Map<IntroductionStatus, Long> counts = new EnumMap<>(IntroductionStatus.class);
        for (IntroductionStatus status : IntroductionStatus.values()) {
            counts.put(status, introductions.stream().filter(each -> each.status() == status).count());
        }
        return counts;
    }

    public long won() {
        return introductions.stream().filter(each -> each.status() == IntroductionStatus.WON).count();
    }

    public long decided() {
        return introductions.stream().filter(each -> InsightService.decided(each.status())).count();
    }

    /** Won out of decided (won, lost, declined), in percent with one decimal; empty before any decision. */
    public Optional<BigDecimal> conversionPercent() {
        return decided() == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(won() * 100)
                .divide(BigDecimal.valueOf(decided()), 1, RoundingMode.HALF_EVEN));
    }

    public Earnings earnings() {
        return Earnings.of(periods, statements);
    }
}
