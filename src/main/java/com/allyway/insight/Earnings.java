package com.allyway.insight;

import com.allyway.payout.PayoutFigures.StatementTotal;
import com.allyway.payout.Period;
import com.allyway.payout.StatementStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statement totals per currency, period and status: the stacked bars of the partner's and finance's homes. Money
 * of different currencies is never added up.
 */
public record Earnings(List<Period> periods, Map<Currency, Map<String, Map<StatementStatus, BigDecimal>>> byCurrency) {

    static Earnings of(List<Period> periods, List<StatementTotal> totals) {
        Map<Currency, Map<String, Map<StatementStatus, BigDecimal>>> byCurrency =
                new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (StatementTotal total : totals) {
            Map<String, Map<StatementStatus, BigDecimal>> perPeriod = byCurrency.computeIfAbsent(
                    total.payable().currency(), currency -> emptyPeriods(periods));
            Map<StatementStatus, BigDecimal> perStatus = perPeriod.get(total.periodLabel());
            if (perStatus != null) {
                perStatus.merge(total.status(), total.payable().amount(), BigDecimal::add);
            }
        }
        return new Earnings(List.copyOf(periods), byCurrency);
    }

    private static Map<String, Map<StatementStatus, BigDecimal>> emptyPeriods(List<Period> periods) {
        Map<String, Map<StatementStatus, BigDecimal>> perPeriod = new LinkedHashMap<>();
        for (Period period : periods) {
            Map<StatementStatus, BigDecimal> perStatus = new EnumMap<>(StatementStatus.class);
            for (StatementStatus status : StatementStatus.values()) {
                perStatus.put(status, BigDecimal.ZERO);
            }
            perPeriod.put(period.label(), perStatus);
        }
        return perPeriod;
    }

    /** The amounts of one status over the periods, oldest first, in one currency. */
    public List<BigDecimal> series(Currency currency, StatementStatus status) {
        return byCurrency.get(currency).values().stream().map(perStatus -> perStatus.get(status)).toList();
    }

    /** All statuses of all periods together, in one currency. */
    public BigDecimal total(Currency currency) {
        return byCurrency.get(currency).values().stream().flatMap(perStatus -> perStatus.values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
