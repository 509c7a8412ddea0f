package com.allyway.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a chart shows, as plain data: the same numbers draw the chart and fill the table next to it, so the two
 * can never disagree.
 *
 * @param categories the x axis (or the slices of a pie)
 * @param series     one or more named rows of values, one value per category
 */
public record ChartData(String title, Kind kind, String categoryHeading, List<String> categories, List<Series> series,
        ValueFormat format) {

    public enum Kind {
        BAR, STACKED_BAR, HORIZONTAL_BAR, LINE, PIE
    }

    public record Series(String name, List<BigDecimal> values) {

        public Series {
            values = List.copyOf(values);
        }

        public static Series ofCounts(String name, List<? extends Number> counts) {
            return new Series(name, counts.stream().map(count -> new BigDecimal(count.toString())).toList());
        }
    }

    /** How a value reads in the table and the tooltips: "12", "12.5 %", "EUR 1,200.00", "18 days". */
    public record ValueFormat(String prefix, String suffix, int decimals) {

        public static final ValueFormat COUNT = new ValueFormat("", "", 0);
        public static final ValueFormat PERCENT = new ValueFormat("", " %", 1);
        public static final ValueFormat DAYS = new ValueFormat("", " days", 0);

        public static ValueFormat money(String currencyCode) {
            return new ValueFormat(currencyCode + " ", "", 2);
        }

        public String format(BigDecimal value) {
            NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
            number.setMinimumFractionDigits(decimals);
            number.setMaximumFractionDigits(decimals);
            return prefix + number.format(value.setScale(decimals, RoundingMode.HALF_EVEN)) + suffix;
        }
    }

    public ChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series each : series) {
            if (each.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + each.name() + " has " + each.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Nothing to draw: no categories, or every value zero. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().flatMap(each -> each.values().stream())
                .allMatch(value -> value.signum() == 0);
    }
}
