package com.allyway.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.allyway.agreement.CommissionPlan;
import com.allyway.payout.CommissionLine.Rule;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases computed by hand, and invariants over a generated history. */
class CommissionEngineTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final ExchangeRate.Table NO_RATES = (from, to, day) -> Optional.empty();

    private final CommissionEngine engine = new CommissionEngine(Period.Length.MONTH);
    private final Map<String, WonIntroduction> won = new HashMap<>();

    @Test
    void aPercentageOfEachPaymentWithItsExplanation() {
        wonIntroduction("i1", LocalDate.of(2027, 3, 1), 100);

        List<CommissionLine> lines = lines(percent("10", null, null, 30, 90),
                RevenueEvent.payment("INV-17", "i1", eur("4000.00"), LocalDate.of(2027, 3, 10)));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(eur("400.00"));
            assertThat(line.rule()).isEqualTo(Rule.PERCENTAGE_OF_REVENUE);
            assertThat(line.payableOn()).isEqualTo(LocalDate.of(2027, 4, 9));
            assertThat(line.explanation()).isEqualTo("10 % of EUR 4000.00, invoice INV-17, month 1, plan v1");
        });
    }

    @Test
    void aSplitCreditGetsItsShare() {
        wonIntroduction("i1", LocalDate.of(2027, 3, 1), 40);

        CommissionLine line = lines(percent("10", null, null, 0, 0),
                RevenueEvent.payment("INV-1", "i1", eur("1000.00"), LocalDate.of(2027, 3, 10))).getFirst();

        assertThat(line.amount()).isEqualTo(eur("40.00"));
        assertThat(line.explanation()).contains("40 % of the credit");
    }

    @Test
    void recurringCommissionStopsAfterMonthNAndSaysSo() {
        wonIntroduction("i1", LocalDate.of(2027, 1, 10), 100);

        List<CommissionLine> lines = lines(percent("10", 12, null, 0, 0),
                RevenueEvent.payment("INV-1", "i1", eur("100.00"), LocalDate.of(2027, 1, 15)),
                RevenueEvent.payment("INV-12", "i1", eur("100.00"), LocalDate.of(2027, 12, 31)),
                RevenueEvent.payment("INV-13", "i1", eur("100.00"), LocalDate.of(2028, 1, 1)));

        assertThat(lines).extracting(CommissionLine::rule).containsExactly(Rule.PERCENTAGE_OF_REVENUE,
                Rule.PERCENTAGE_OF_REVENUE, Rule.OUTSIDE_RECURRING_WINDOW);
        assertThat(lines.get(1).explanation()).contains("month 12 of 12");
        assertThat(lines.get(2).amount()).isEqualTo(eur("0.00"));
        assertThat(lines.get(2).explanation())
                .startsWith("No commission: invoice INV-13 is in month 13; the plan pays for 12 months");
    }

    @Test
    void aFlatFeeIsEarnedOncePerIntroductionOnItsFirstPayment() {
        wonIntroduction("i1", LocalDate.of(2027, 2, 1), 100);
        wonIntroduction("i2", LocalDate.of(2027, 2, 3), 40);
        CommissionPlan plan = new CommissionPlan(1, CommissionPlan.Type.FLAT_FEE_PER_WON_INTRODUCTION, null,
                eur("500.00"), List.of(), null, null, 0, 0, null, EUR, START, null);

        List<CommissionLine> lines = lines(plan,
                RevenueEvent.payment("INV-1", "i1", eur("9000.00"), LocalDate.of(2027, 2, 10)),
                RevenueEvent.payment("INV-2", "i1", eur("9000.00"), LocalDate.of(2027, 3, 10)),
                RevenueEvent.payment("INV-3", "i2", eur("100.00"), LocalDate.of(2027, 3, 11)));

        assertThat(lines).extracting(CommissionLine::invoiceId, line -> line.amount().amount().toPlainString())
                .containsExactly(tuple("INV-1", "500.00"),
                        tuple("INV-3", "200.00"));
        assertThat(lines.getFirst().explanation()).startsWith("Flat fee EUR 500.00 for won introduction");
    }

    /** Whole-volume tiers: 1–5 won in the month 8 %, 6–10 won 10 %, 11 or more 12.5 %, on all of a payment. */
    @ParameterizedTest
    @CsvSource({"0, 80.00", "1, 80.00", "5, 80.00", "6, 100.00", "10, 100.00", "11, 125.00"})
    void tiersPickOneRateByTheNumberWonInThePeriod(int wonInMarch, String commission) {
        wonIntroduction("paying", LocalDate.of(2026, 12, 1), 100); // won earlier: does not count in March
        IntStream.range(0, wonInMarch).forEach(i -> wonIntroduction("m" + i, LocalDate.of(2027, 3, 1 + i), 100));
        CommissionPlan plan = new CommissionPlan(1, CommissionPlan.Type.TIERED_BY_VOLUME, null, null, List.of(
                new CommissionPlan.Tier(1, new BigDecimal("8")), new CommissionPlan.Tier(6, BigDecimal.TEN),
                new CommissionPlan.Tier(11, new BigDecimal("12.5"))), null, null, 0, 0, null, EUR,
                LocalDate.of(2026, 1, 1), null);

        CommissionLine line = lines(plan, RevenueEvent.payment("INV-1", "paying", eur("1000.00"),
                LocalDate.of(2027, 3, 20))).getFirst();

        assertThat(line.amount()).isEqualTo(eur(commission));
        assertThat(line.explanation()).contains("(" + wonInMarch + " introductions won in 2027-03, tier from ");
    }

    @Test
    void withQuarterlyStatementsTiersCountTheWholeQuarter() {
        CommissionEngine quarterly = new CommissionEngine(Period.Length.QUARTER);
        wonIntroduction("paying", LocalDate.of(2027, 1, 5), 100);
        IntStream.range(0, 5).forEach(i -> wonIntroduction("q" + i, LocalDate.of(2027, 2 + i % 2, 1 + i), 100));
        CommissionPlan plan = new CommissionPlan(1, CommissionPlan.Type.TIERED_BY_VOLUME, null, null, List.of(
                new CommissionPlan.Tier(1, new BigDecimal("8")), new CommissionPlan.Tier(6, BigDecimal.TEN)), null,
                null, 0, 0, null, EUR, START, null);

        CommissionLine line = quarterly.lines(List.of(RevenueEvent.payment("INV-1", "paying", eur("1000.00"),
                LocalDate.of(2027, 3, 20))), won, day -> Optional.of(plan), NO_RATES).getFirst();

        assertThat(line.amount()).as("6 won in Q1 (January to March), though only 3 in March").isEqualTo(eur("100.00"));
        assertThat(line.explanation()).contains("6 introductions won in 2027-Q1");
    }

    @Test
    void theCapLimitsWhatOneIntroductionEarnsInTotal() {
        wonIntroduction("i1", LocalDate.of(2027, 1, 5), 100);
        wonIntroduction("i2", LocalDate.of(2027, 1, 6), 100);

        List<CommissionLine> lines = lines(percent("10", null, eur("500.00"), 0, 0),
                RevenueEvent.payment("INV-1", "i1", eur("3000.00"), LocalDate.of(2027, 1, 10)),
                RevenueEvent.payment("INV-2", "i1", eur("3000.00"), LocalDate.of(2027, 2, 10)),
                RevenueEvent.payment("INV-3", "i1", eur("1000.00"), LocalDate.of(2027, 3, 10)),
                RevenueEvent.payment("INV-4", "i2", eur("3000.00"), LocalDate.of(2027, 3, 10)));

        assertThat(lines).extracting(line -> line.amount().amount().toPlainString())
                .containsExactly("300.00", "200.00", "0.00", "300.00");
        assertThat(lines.get(1).explanation()).contains("capped at the EUR 500.00 per introduction (EUR 200.00 of"
                + " EUR 300.00 left)");
    }

    @Test
    void refundsClawBackTheSameShareNeverMoreThanTheInvoiceEarned() {
        wonIntroduction("i1", LocalDate.of(2027, 1, 5), 100);

        List<CommissionLine> lines = lines(percent("10", null, null, 0, 90),
                RevenueEvent.payment("INV-1", "i1", eur("4000.00"), LocalDate.of(2027, 1, 10)),
                RevenueEvent.refund("R-1", "INV-1", "i1", eur("1000.00"), LocalDate.of(2027, 2, 1)),
                RevenueEvent.refund("R-2", "INV-1", "i1", eur("4000.00"), LocalDate.of(2027, 2, 2)));

        assertThat(lines).extracting(line -> line.amount().amount().toPlainString())
                .containsExactly("400.00", "-100.00", "-300.00");
        assertThat(lines.get(1).explanation()).isEqualTo("Refund R-1 of EUR 1000.00 on invoice INV-1 (25 % of EUR"
                + " 4000.00): gives back that share of the EUR 400.00 it earned, plan v1");
        assertThat(lines.get(1).payableOn()).as("a clawback is due at once").isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aRefundAfterTheClawbackWindowKeepsTheCommission() {
        wonIntroduction("i1", LocalDate.of(2027, 1, 5), 100);

        List<CommissionLine> lines = lines(percent("10", null, null, 0, 90),
                RevenueEvent.payment("INV-1", "i1", eur("4000.00"), LocalDate.of(2027, 1, 10)),
                RevenueEvent.refund("R-1", "INV-1", "i1", eur("4000.00"), LocalDate.of(2027, 4, 11)));

        assertThat(lines).extracting(CommissionLine::rule).containsExactly(Rule.PERCENTAGE_OF_REVENUE);
    }

    @Test
    void aRefundClawsBackAtTheOriginalLinesRateAndPlanVersion() {
        wonIntroduction("i1", LocalDate.of(2027, 1, 5), 100);
        CommissionPlan first = percent("10", null, null, 0, 90);
        CommissionPlan second = new CommissionPlan(2, CommissionPlan.Type.PERCENTAGE_OF_REVENUE,
                BigDecimal.valueOf(20), null, List.of(), null, null, 0, 90, null, EUR, LocalDate.of(2027, 2, 1), null);
        Function<LocalDate, Optional<CommissionPlan>> plans = day -> Optional.of(day.isBefore(second.startsOn())
                ? first : second);

        List<CommissionLine> lines = engine.lines(List.of(
                RevenueEvent.payment("INV-1", "i1", eur("1000.00"), LocalDate.of(2027, 1, 20)),
                RevenueEvent.payment("INV-2", "i1", eur("1000.00"), LocalDate.of(2027, 2, 20)),
                RevenueEvent.refund("R-1", "INV-1", "i1", eur("1000.00"), LocalDate.of(2027, 2, 25))), won, plans,
                NO_RATES);

        assertThat(lines).extracting(line -> line.amount().amount().toPlainString(), CommissionLine::planVersion)
                .containsExactly(tuple("100.00", 1),
                        tuple("200.00", 2),
                        tuple("-100.00", 1));
    }

    @Test
    void anotherCurrencyConvertsThroughFinancesRateWhichTheLineKeeps() {
        wonIntroduction("i1", LocalDate.of(2027, 3, 1), 100);
        ExchangeRate usdToEur = new ExchangeRate(USD, EUR, new BigDecimal("0.9234"), LocalDate.of(2027, 2, 28));

        CommissionLine line = engine.lines(List.of(RevenueEvent.payment("INV-9", "i1",
                        new Money(new BigDecimal("1000.00"), USD), LocalDate.of(2027, 3, 1))), won,
                day -> Optional.of(percent("10", null, null, 0, 0)), (from, to, day) -> Optional.of(usdToEur))
                .getFirst();

        assertThat(line.revenue()).isEqualTo(eur("923.40"));
        assertThat(line.amount()).isEqualTo(eur("92.34"));
        assertThat(line.conversion()).isEqualTo(usdToEur);
        assertThat(line.explanation()).contains("of EUR 923.40, invoice INV-9 (USD 1000.00 at 0.9234 on 2027-02-28)");
        assertThatThrownBy(() -> engine.lines(List.of(RevenueEvent.payment("INV-10", "i1",
                        new Money(BigDecimal.TEN, USD), LocalDate.of(2027, 3, 2))), won,
                day -> Optional.of(percent("10", null, null, 0, 0)), NO_RATES))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessage("No exchange rate from USD to EUR on or before 2027-03-02: add one to the rate table first.");
    }

    @ParameterizedTest
    @CsvSource({"0.25, 0.02", "0.35, 0.04", "0.05, 0.00", "0.15, 0.02", "1234.55, 123.46"})
    void eachLineIsRoundedHalfEvenToTheCent(String revenue, String commission) {
        wonIntroduction("i1", LocalDate.of(2027, 3, 1), 100);

        CommissionLine line = lines(percent("10", null, null, 0, 0),
                RevenueEvent.payment("INV-1", "i1", eur(revenue), LocalDate.of(2027, 3, 10))).getFirst();

        assertThat(line.amount()).isEqualTo(eur(commission));
    }

    @Test
    void paymentsWithoutAnAgreementInForceEarnNothing() {
        wonIntroduction("i1", LocalDate.of(2026, 11, 1), 100);

        List<CommissionLine> lines = lines(percent("10", null, null, 0, 90),
                RevenueEvent.payment("INV-0", "i1", eur("500.00"), LocalDate.of(2026, 12, 15)),
                RevenueEvent.refund("R-0", "INV-0", "i1", eur("500.00"), LocalDate.of(2027, 1, 5)),
                RevenueEvent.payment("INV-1", "i1", eur("500.00"), LocalDate.of(2027, 1, 15)));

        assertThat(lines).extracting(CommissionLine::invoiceId).containsExactly("INV-1");
        assertThat(lines.getFirst().explanation()).as("month 1 is the first payment's, before the agreement")
                .contains("month 2");
    }

    @Test
    void theSameHistoryInAnyOrderGivesTheSameLines() {
        List<RevenueEvent> history = generatedHistory(new Random(7));
        List<RevenueEvent> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(11));
        CommissionPlan plan = percent("12.5", 12, eur("2000.00"), 30, 60);

        assertThat(lines(plan, shuffled.toArray(RevenueEvent[]::new)))
                .isEqualTo(lines(plan, history.toArray(RevenueEvent[]::new)));
    }

    @Test
    void clawbacksNeverExceedWhatTheInvoiceEarnedAndNoIntroductionPassesTheCap() {
        List<RevenueEvent> history = generatedHistory(new Random(42));
        List<CommissionLine> lines = lines(percent("12.5", 12, eur("2000.00"), 30, 60),
                history.toArray(RevenueEvent[]::new));

        Map<String, BigDecimal> byInvoice = new HashMap<>();
        Map<String, BigDecimal> byIntroduction = new HashMap<>();
        for (CommissionLine line : lines) {
            byInvoice.merge(line.invoiceId(), line.amount().amount(), BigDecimal::add);
            byIntroduction.merge(line.introductionId(), line.amount().amount(), BigDecimal::add);
            assertThat(byIntroduction.get(line.introductionId())).isLessThanOrEqualTo(new BigDecimal("2000.00"));
        }
        assertThat(byInvoice.values()).allMatch(net -> net.signum() >= 0);
        assertThat(lines).anyMatch(line -> line.rule() == Rule.CLAWBACK);
        StatementRules.Settlement settlement = StatementRules.settle(lines, Set.of(),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)), null, EUR);
        assertThat(settlement.total().amount()).isEqualTo(lines.stream().map(line -> line.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private List<RevenueEvent> generatedHistory(Random random) {
        List<RevenueEvent> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            wonIntroduction("g" + i, START.plusDays(random.nextInt(200)), 50 + random.nextInt(51));
        }
        for (int n = 0; n < 300; n++) {
            String introduction = "g" + random.nextInt(20);
            LocalDate paid = won.get(introduction).wonOn().plusDays(random.nextInt(500));
            Money amount = eur(random.nextInt(5000) + 1 + "." + (10 + random.nextInt(90)));
            events.add(RevenueEvent.payment("INV-" + n, introduction, amount, paid));
            if (random.nextInt(4) == 0) {
                events.add(RevenueEvent.refund("R-" + n, "INV-" + n, introduction,
                        eur(random.nextInt(6000) + 1 + ".00"), paid.plusDays(random.nextInt(90))));
            }
        }
        return events;
    }

    private List<CommissionLine> lines(CommissionPlan plan, RevenueEvent... events) {
        return engine.lines(List.of(events), won, day -> day.isBefore(plan.startsOn()) ? Optional.empty()
                : Optional.of(plan), NO_RATES);
    }

    private void wonIntroduction(String id, LocalDate wonOn, int creditPercent) {
        won.put(id, new WonIntroduction(id, "Prospect " + id, wonOn, BigDecimal.valueOf(creditPercent)));
    }

    private static CommissionPlan percent(String rate, Integer recurringMonths, Money cap, int holdDays,
            int clawbackDays) {
        return new CommissionPlan(1, CommissionPlan.Type.PERCENTAGE_OF_REVENUE, new BigDecimal(rate), null,
                List.of(), recurringMonths, cap, holdDays, clawbackDays, null, EUR, START, null);
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }
}
