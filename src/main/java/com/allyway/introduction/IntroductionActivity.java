package com.allyway.introduction;

import java.util.OptionalDouble;

/**
 * How active a relationship is: introductions made in the last 30 and 90 days (by introduction date), how many of
 * all its introductions were won, and how many of the last 90 days' were in an attribution conflict (open or
 * decided).
 */
public record IntroductionActivity(long last30Days, long last90Days, long total, long won, long conflictsLast90Days) {

    public static final IntroductionActivity NONE = new IntroductionActivity(0, 0, 0, 0, 0);

    /** Won introductions as a share of all introductions; empty when there are none yet. */
    public OptionalDouble conversionRate() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) won / total);
    }
}
