package com.allyway.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.agreement.CommissionPlan.Term;
import com.allyway.agreement.CommissionPlan.Tier;
import com.allyway.agreement.CommissionPlan.Type;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CommissionPlanTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Test
    void aPercentagePlanRendersEveryTermOfTheAgreementsTable() {
        CommissionPlan plan = new CommissionPlan(2, Type.PERCENTAGE_OF_REVENUE, new BigDecimal("10.0"), null, null,
                12, money("5000"), 30, 90, money("50"), EUR, START, null);

        assertThat(plan.terms()).containsExactly(
                new Term("Commission", "10 % of revenue"),
                new Term("Recurring", "12 months from the first payment"),
                new Term("Cap per introduction", "EUR 5000.00"),
                new Term("Payable", "30 days after the revenue is received"),
                new Term("Refunds", "Refunds within 90 days of payment are clawed back"),
                new Term("Minimum payout", "EUR 50.00; smaller amounts carry forward"),
                new Term("Currency", "EUR"),
                new Term("Term", "From 2027-01-01 until superseded"),
                new Term("Plan version", "2"));
    }

    @Test
    void flatFeeAndTieredPlansDescribeTheirCommission() {
        CommissionPlan flat = new CommissionPlan(1, Type.FLAT_FEE_PER_WON_INTRODUCTION, null, money("750"), null,
                null, null, 0, 0, null, EUR, START, START.plusYears(1));
        CommissionPlan tiered = new CommissionPlan(1, Type.TIERED_BY_VOLUME, null, null, List.of(
                new Tier(1, new BigDecimal("5")), new Tier(11, new BigDecimal("7.5"))), 1, null, 0, 0, null, EUR,
                START, null);

        assertThat(flat.terms().getFirst().value()).isEqualTo("EUR 750.00 per won introduction");
        assertThat(flat.terms()).contains(new Term("Recurring", "For as long as the customer pays"),
                new Term("Payable", "When the revenue is received"), new Term("Refunds", "Never clawed back"),
                new Term("Term", "From 2027-01-01 to 2028-01-01"));
        assertThat(tiered.terms().getFirst().value())
                .isEqualTo("5 % from won introduction 1; 7.5 % from won introduction 11 in a period");
        assertThat(tiered.terms().get(1).value()).isEqualTo("1 month from the first payment");
    }

    @Test
    void aPlanThatCouldNotBeComputedIsRefusedNamingTheTerm() {
        assertRefused(() -> new CommissionPlan(1, Type.PERCENTAGE_OF_REVENUE, new BigDecimal("0"), null, null, null,
                null, 0, 0, null, EUR, START, null), "ratePercent");
        assertRefused(() -> new CommissionPlan(1, Type.PERCENTAGE_OF_REVENUE, new BigDecimal("100.01"), null, null,
                null, null, 0, 0, null, EUR, START, null), "ratePercent");
        assertRefused(() -> new CommissionPlan(1, Type.FLAT_FEE_PER_WON_INTRODUCTION, null,
                Money.of(new BigDecimal("100"), "USD"), null, null, null, 0, 0, null, EUR, START, null), "flatFee");
        assertRefused(() -> new CommissionPlan(1, Type.TIERED_BY_VOLUME, null, null, List.of(
                new Tier(2, BigDecimal.ONE)), null, null, 0, 0, null, EUR, START, null), "tiers");
        assertRefused(() -> new CommissionPlan(1, Type.TIERED_BY_VOLUME, null, null, List.of(
                new Tier(1, BigDecimal.ONE), new Tier(1, BigDecimal.TEN)), null, null, 0, 0, null, EUR, START, null),
                "tiers");
        assertRefused(() -> new CommissionPlan(1, Type.PERCENTAGE_OF_REVENUE, BigDecimal.TEN, null, null, 0, null,
                0, 0, null, EUR, START, null), "recurringMonths");
        assertRefused(() -> new CommissionPlan(1, Type.PERCENTAGE_OF_REVENUE, BigDecimal.TEN, null, null, null,
                null, -1, 0, null, EUR, START, null), "holdDays");
        assertRefused(() -> new CommissionPlan(1, Type.PERCENTAGE_OF_REVENUE, BigDecimal.TEN, null, null, null,
                null, 0, 0, null, EUR, START, START.minusDays(1)), "endsOn");
        assertRefused(() -> new CommissionPlan(0, Type.PERCENTAGE_OF_REVENUE, BigDecimal.TEN, null, null, null,
                null, 0, 0, null, EUR, START, null), "version");
    }

    @Test
    void itsTiersCannotBeChangedFromOutside() {
        List<Tier> tiers = new ArrayList<>(List.of(new Tier(1, BigDecimal.ONE)));
        CommissionPlan plan = new CommissionPlan(1, Type.TIERED_BY_VOLUME, null, null, tiers, null, null, 0, 0,
                null, EUR, START, null);

        tiers.add(new Tier(5, BigDecimal.TEN));

        assertThat(plan.tiers()).hasSize(1);
        assertThatThrownBy(() -> plan.tiers().add(new Tier(9, BigDecimal.TEN)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Money money(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static void assertRefused(ThrowingCallable plan, String field) {
        assertThatThrownBy(plan).isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo(field);
    }
}
