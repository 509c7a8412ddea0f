package com.allyway.demo;

import static com.allyway.demo.ActingAs.as;

import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.payout.RevenueEntry;
import com.allyway.payout.RevenueEvent;
import com.allyway.payout.RevenueService;
import com.allyway.security.AllywayUser;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's revenue: Umbrella Health, Northwind's won introduction, paid two invoices this month, so finance can
 * generate the month's statements right away (Northwind's demo plan pays 10 %, with no hold period).
 */
final class DemoRevenue {

    private final RevenueService revenue;
    private final IntroductionService introductions;
    private final AllywayUser finance;
    private final LocalDate today;

    DemoRevenue(RevenueService revenue, IntroductionService introductions, AllywayUser finance, Clock clock) {
        this.revenue = revenue;
        this.introductions = introductions;
        this.finance = finance;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void create() {
        String umbrella = as(finance, () -> introductions.list(new IntroductionFilter(IntroductionStatus.WON, null,
                null, null, null, "Umbrella Health"), PageRequest.of(0, 1)).getFirst().getId());
        LocalDate first = today.withDayOfMonth(1);
        pay("INV-2026-101", umbrella, "2000.00", first.isAfter(today.minusDays(4)) ? first : today.minusDays(4));
        pay("INV-2026-102", umbrella, "2000.00", today);
    }

    private void pay(String invoice, String introduction, String amount, LocalDate on) {
        as(finance, () -> revenue.record(new RevenueEntry(RevenueEvent.Kind.PAYMENT, invoice, invoice, introduction,
                Money.of(new BigDecimal(amount), "EUR"), on)));
    }
}
