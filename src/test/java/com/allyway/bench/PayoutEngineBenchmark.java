package com.allyway.bench;

import com.allyway.agreement.CommissionPlan;
import com.allyway.payout.CommissionEngine;
import com.allyway.payout.CommissionLine;
import com.allyway.payout.ExchangeRate;
import com.allyway.payout.Period;
import com.allyway.payout.RevenueEvent;
import com.allyway.payout.StatementRules;
import com.allyway.payout.WonIntroduction;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The commission engine in memory: statements for 1,000 partners from 100,000 revenue events (payments in EUR and
 * USD, one in eight refunded in part, 10 won introductions per partner), as one statement run computes them.
 * {@code ./mvnw -Pbench process-test-classes -Dbench.main=PayoutEngineBenchmark -Dbench.heap=2g}
 */
public final class PayoutEngineBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private PayoutEngineBenchmark() {
    }

    record Partner(List<RevenueEvent> events, Map<String, WonIntroduction> won) {
    }

    public static void main(String[] args) throws Exception {
        int partners = Integer.getInteger("bench.partners", 1_000);
        int events = Integer.getInteger("bench.events", 100_000);
        List<Partner> data = generate(partners, events, new Random(2026));
        CommissionPlan plan = new CommissionPlan(1, CommissionPlan.Type.TIERED_BY_VOLUME, null, null, List.of(
                new CommissionPlan.Tier(1, new BigDecimal("8")), new CommissionPlan.Tier(4, BigDecimal.TEN)), 12,
                new Money(new BigDecimal("5000"), EUR), 30, 90, new Money(new BigDecimal("100"), EUR), EUR,
                LocalDate.of(2025, 1, 1), null);
        ExchangeRate usd = new ExchangeRate(USD, EUR, new BigDecimal("0.9234"), LocalDate.of(2025, 1, 1));
        ExchangeRate.Table rates = (from, to, day) -> Optional.of(usd);
        Period period = Period.of(Period.Length.MONTH, LocalDate.of(2026, 6, 1));
        CommissionEngine engine = new CommissionEngine(Period.Length.MONTH);
        int[] lines = new int[1];
        Timings timings = new Timings(3, Integer.getInteger("bench.reps", 10), 5, Duration.ofMinutes(3));
        timings.measure(String.format("%,d statements from %,d revenue events (engine + settlement, in memory)",
                partners, events), 1000.0, "one thread; every partner's whole history is computed, as a run does",
                i -> {
                    int count = 0;
                    for (Partner partner : data) {
                        List<CommissionLine> computed = engine.lines(partner.events(), partner.won(),
                                day -> Optional.of(plan), rates);
                        count += StatementRules.settle(computed, Set.of(), period, plan.minimumPayout(), EUR)
                                .lines().size();
                    }
                    lines[0] = count;
                });
        System.out.println();
        System.out.println(timings.table());
        System.out.printf("%,d lines settled in the last run (%s, %d cores)%n", lines[0],
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    }

    private static List<Partner> generate(int partners, int events, Random random) {
        List<Partner> data = new ArrayList<>();
        int perPartner = events / partners;
        for (int p = 0; p < partners; p++) {
            Map<String, WonIntroduction> won = new HashMap<>();
            for (int w = 0; w < 10; w++) {
                String id = "p" + p + "-i" + w;
                won.put(id, new WonIntroduction(id, "Prospect " + id, LocalDate.of(2025, 1, 1)
                        .plusDays(random.nextInt(500)), BigDecimal.valueOf(100)));
            }
            List<RevenueEvent> history = new ArrayList<>();
            for (int e = 0; e < perPartner; e++) {
                String introduction = "p" + p + "-i" + random.nextInt(10);
                LocalDate paid = won.get(introduction).wonOn().plusDays(random.nextInt(180));
                Money amount = new Money(new BigDecimal(random.nextInt(9000) + 100 + "." + (10 + random.nextInt(90))),
                        random.nextInt(5) == 0 ? USD : EUR);
                String invoice = "INV-" + p + "-" + e;
                history.add(RevenueEvent.payment(invoice, introduction, amount, paid));
                if (random.nextInt(8) == 0) {
                    history.add(RevenueEvent.refund(invoice + "-R", invoice, introduction, new Money(amount.amount()
                            .divide(BigDecimal.TWO, amount.currency().getDefaultFractionDigits(),
                                    java.math.RoundingMode.DOWN), amount.currency()), paid.plusDays(20)));
                }
            }
            data.add(new Partner(history, won));
        }
        return data;
    }
}
