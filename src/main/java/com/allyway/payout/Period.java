package com.allyway.payout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** A statement period: a calendar month or quarter, both days included. */
public record Period(LocalDate start, LocalDate end) {

    public enum Length {
        MONTH, QUARTER
    }

    public static Period of(Length length, LocalDate day) {
        if (length == Length.MONTH) {
            YearMonth month = YearMonth.from(day);
            return new Period(month.atDay(1), month.atEndOfMonth());
        }
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** e.g. "2027-03" or "2027-Q1" */
    public String label() {
        return start.plusMonths(1).minusDays(1).equals(end) ? YearMonth.from(start).toString()
                : start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
    }
}
