package com.allyway.payout;

import static com.allyway.payout.CommissionEngineTest.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.payout.CommissionLine.Rule;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementRulesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Period MARCH = Period.of(Period.Length.MONTH, LocalDate.of(2027, 3, 1));
    private static final Period APRIL = Period.of(Period.Length.MONTH, LocalDate.of(2027, 4, 1));

    @Test
    void aLineStillOnHoldWaitsForTheStatementOfThePeriodItBecomesPayableIn() {
        CommissionLine held = line("a", "300.00", LocalDate.of(2027, 3, 20), LocalDate.of(2027, 4, 19));

        assertThat(StatementRules.settle(List.of(held), Set.of(), MARCH, null, EUR).lines()).isEmpty();
        assertThat(StatementRules.settle(List.of(held), Set.of(), APRIL, null, EUR).lines()).containsExactly(held);
    }

    @Test
    void belowTheMinimumPayoutEverythingCarriesForwardUntilItIsReached() {
        CommissionLine march = line("a", "80.00", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2));
        CommissionLine april = line("b", "40.00", LocalDate.of(2027, 4, 2), LocalDate.of(2027, 4, 2));

        StatementRules.Settlement first = StatementRules.settle(List.of(march), Set.of(), MARCH, eur("100.00"), EUR);
        StatementRules.Settlement second = StatementRules.settle(List.of(march, april), Set.of(), APRIL,
                eur("100.00"), EUR);

        assertThat(first.carriedForward()).isTrue();
        assertThat(first.reason()).isEqualTo("EUR 80.00 is below the minimum payout of EUR 100.00; carried forward"
                + " to the next statement.");
        assertThat(second.carriedForward()).isFalse();
        assertThat(second.lines()).containsExactly(march, april);
        assertThat(second.total()).isEqualTo(eur("120.00"));
    }

    @Test
    void settledLinesNeverComeBackAndANegativeBalanceCarriesForward() {
        CommissionLine paid = line("a", "300.00", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2));
        CommissionLine clawback = line("b", "-120.00", LocalDate.of(2027, 4, 2), LocalDate.of(2027, 4, 2));

        StatementRules.Settlement april = StatementRules.settle(List.of(paid, clawback), Set.of("a"), APRIL, null,
                EUR);

        assertThat(april.lines()).containsExactly(clawback);
        assertThat(april.carriedForward()).isTrue();
        assertThat(april.reason()).startsWith("Nothing to pay: refunds clawed back EUR 120.00 more than was earned");
    }

    @Test
    void periodsAreCalendarMonthsOrQuarters() {
        assertThat(Period.of(Period.Length.QUARTER, LocalDate.of(2027, 5, 17)))
                .isEqualTo(new Period(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)));
        assertThat(Period.of(Period.Length.QUARTER, LocalDate.of(2027, 5, 17)).label()).isEqualTo("2027-Q2");
        assertThat(MARCH.label()).isEqualTo("2027-03");
        assertThat(Period.of(Period.Length.MONTH, LocalDate.of(2028, 2, 10)).end()).isEqualTo(LocalDate.of(2028, 2,
                29));
    }

    private static CommissionLine line(String id, String amount, LocalDate earned, LocalDate payable) {
        return new CommissionLine(id, "i1", id, "INV-" + id, Rule.PERCENTAGE_OF_REVENUE, 1, null, null, null,
                eur(amount), earned, payable, "test line " + id);
    }
}
