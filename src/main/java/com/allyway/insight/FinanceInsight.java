package com.allyway.insight;

import com.allyway.payout.PayoutFigures.BecomingPayable;
import com.allyway.payout.PayoutFigures.StatementTotal;
import com.allyway.payout.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finance's home figures: payouts per period by status (per currency), and the commission whose hold period ends
 * in each of the next weeks, so finance sees what the coming statements will carry.
 */
public record FinanceInsight(List<Period> periods, List<StatementTotal> statements, LocalDate today,
        List<BecomingPayable> becomingPayable) {

    static final int WEEKS_AHEAD = 4;

    public Earnings payouts() {
        return Earnings.of(periods, statements);
    }

    /** The first day of each coming week: week i covers the seven days after {@code today + 7i}. */
    public List<LocalDate> weeksAhead() {
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < WEEKS_AHEAD; i++) {
            starts.add(today.plusDays(7L * i + 1));
        }
        return starts;
    }

    /** Per currency, the amount becoming payable in each coming week. */
    public Map<Currency, List<BigDecimal>> becomingPayablePerWeek() {
        Map<Currency, List<BigDecimal>> perCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (BecomingPayable each : becomingPayable) {
            List<BigDecimal> weeks = perCurrency.computeIfAbsent(each.amount().currency(), currency -> {
                List<BigDecimal> zeros = new ArrayList<>();
                for (int i = 0; i < WEEKS_AHEAD; i++) {
                    zeros.add(BigDecimal.ZERO);
                }
                return zeros;
            });
            int week = (int) ((each.on().toEpochDay() - today.toEpochDay() - 1) / 7);
            if (week >= 0 && week < WEEKS_AHEAD) {
                weeks.set(week, weeks.get(week).add(each.amount().amount()));
            }
        }
        return perCurrency;
    }
}
