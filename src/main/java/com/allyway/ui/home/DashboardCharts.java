package com.allyway.ui.home;

import com.allyway.insight.Earnings;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.payout.StatementStatus;
import com.allyway.shared.ui.Chart;
import com.allyway.shared.ui.ChartData;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Charts the homes share: introductions counted by status, and statement totals per period, stacked by status, one
 * chart per currency.
 */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /** A bar per status, in the map's order. */
    static Chart introductionsByStatus(String title, String axis, Map<IntroductionStatus, Long> counts,
            String emptyMessage) {
        return new Chart(new ChartData(title, ChartData.Kind.BAR, axis, counts.keySet().stream()
                .map(IntroductionStatus::label).toList(), List.of(ChartData.Series.ofCounts("Introductions",
                List.copyOf(counts.values()))), ChartData.ValueFormat.COUNT), emptyMessage);
    }

    static List<Chart> earnings(String title, Earnings earnings, String draftLabel, String emptyMessage) {
        List<Chart> charts = new ArrayList<>();
        List<String> periods = earnings.periods().stream().map(period -> period.label()).toList();
        for (Currency currency : earnings.byCurrency().keySet()) {
            charts.add(new Chart(new ChartData(title + " (" + currency.getCurrencyCode() + ")",
                    ChartData.Kind.STACKED_BAR, "Period", periods, List.of(
                    new ChartData.Series("Paid", earnings.series(currency, StatementStatus.PAID)),
                    new ChartData.Series("Approved", earnings.series(currency, StatementStatus.APPROVED)),
                    new ChartData.Series(draftLabel, earnings.series(currency, StatementStatus.DRAFT))),
                    ChartData.ValueFormat.money(currency.getCurrencyCode())), emptyMessage));
        }
        if (charts.isEmpty()) {
            charts.add(new Chart(new ChartData(title, ChartData.Kind.STACKED_BAR, "Period", periods, List.of(),
                    ChartData.ValueFormat.COUNT), emptyMessage));
        }
        return charts;
    }
}
