package com.allyway.introduction;

import static com.allyway.introduction.IntroductionStatus.ACCEPTED;
import static com.allyway.introduction.IntroductionStatus.DECLINED;
import static com.allyway.introduction.IntroductionStatus.LOST;
import static com.allyway.introduction.IntroductionStatus.MEETING_HELD;
import static com.allyway.introduction.IntroductionStatus.NEW;
import static com.allyway.introduction.IntroductionStatus.OPPORTUNITY;
import static com.allyway.introduction.IntroductionStatus.WON;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.introduction.StatusChangePolicy.Problem;
import com.allyway.introduction.StatusChangePolicy.Request;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusChangePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate INTRODUCED = TODAY.minusMonths(2);
    private static final Money DEAL = Money.of(new BigDecimal("12000.00"), "EUR");

    @Test
    void theHappyPathRunsFromNewToWon() {
        assertThat(StatusChangePolicy.nextAfter(NEW)).containsExactlyInAnyOrder(ACCEPTED, DECLINED);
        assertThat(StatusChangePolicy.nextAfter(ACCEPTED)).containsExactlyInAnyOrder(MEETING_HELD, LOST, DECLINED);
        assertThat(StatusChangePolicy.nextAfter(MEETING_HELD)).containsExactlyInAnyOrder(OPPORTUNITY, LOST);
        assertThat(StatusChangePolicy.nextAfter(OPPORTUNITY)).containsExactlyInAnyOrder(WON, LOST);
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(WON, null, DEAL, TODAY), TODAY)).isEmpty();
    }

    @Test
    void finalStatusesNeverChange() {
        for (IntroductionStatus done : new IntroductionStatus[] {WON, LOST, DECLINED}) {
            assertThat(StatusChangePolicy.nextAfter(done)).isEmpty();
            assertThat(StatusChangePolicy.check(done, INTRODUCED, new Request(ACCEPTED, null, null, null), TODAY))
                    .map(Problem::message).get().asString().contains("no longer changes");
        }
    }

    @Test
    void skippingAStepIsRefusedNamingTheAllowedOnes() {
        assertThat(StatusChangePolicy.check(NEW, INTRODUCED, new Request(WON, null, DEAL, TODAY), TODAY))
                .contains(new Problem("status", "From New it can go to Accepted or Declined, not to Won."));
    }

    @Test
    void decliningNeedsAReason() {
        assertThat(StatusChangePolicy.check(NEW, INTRODUCED, new Request(DECLINED, "  ", null, null), TODAY))
                .map(Problem::field).contains("reason");
        assertThat(StatusChangePolicy.check(NEW, INTRODUCED, new Request(DECLINED, "Not our market", null, null), TODAY))
                .isEmpty();
    }

    @Test
    void winningNeedsAPositiveValueAndAPastOrPresentDate() {
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(WON, null, null, TODAY), TODAY))
                .map(Problem::field).contains("dealValue");
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED,
                new Request(WON, null, Money.of(BigDecimal.ZERO, "EUR"), TODAY), TODAY))
                .map(Problem::field).contains("dealValue");
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(WON, null, DEAL, null), TODAY))
                .map(Problem::field).contains("wonOn");
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(WON, null, DEAL, TODAY.plusDays(1)), TODAY))
                .map(Problem::message).contains("The deal cannot be won on a future date.");
    }

    @Test
    void aDealCannotBeWonBeforeItWasIntroduced() {
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(WON, null, DEAL,
                INTRODUCED.minusDays(1)), TODAY)).map(Problem::message)
                .contains("The deal cannot be won before the introduction (" + INTRODUCED + ").");
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(WON, null, DEAL, INTRODUCED),
                TODAY)).isEmpty();
    }

    @Test
    void aDealValueOnlyGoesWithAnOpportunityOrAWinAndIsPositive() {
        assertThat(StatusChangePolicy.check(OPPORTUNITY, INTRODUCED, new Request(LOST, null, DEAL, null), TODAY))
                .map(Problem::message).contains("A deal value belongs to an opportunity or a won deal.");
        assertThat(StatusChangePolicy.check(MEETING_HELD, INTRODUCED, new Request(OPPORTUNITY, null, DEAL, null),
                TODAY)).isEmpty();
        assertThat(StatusChangePolicy.check(MEETING_HELD, INTRODUCED, new Request(OPPORTUNITY, null,
                Money.of(new BigDecimal("-5"), "EUR"), null), TODAY)).map(Problem::field).contains("dealValue");
    }

    @Test
    void anOverlongReasonIsRefusedNotCut() {
        assertThat(StatusChangePolicy.check(NEW, INTRODUCED, new Request(DECLINED, "x".repeat(1001), null, null),
                TODAY)).map(Problem::message).contains("The reason has 1001 characters; at most 1000 fit.");
    }

    @Test
    void noTargetIsAProblemToo() {
        assertThat(StatusChangePolicy.check(NEW, INTRODUCED, new Request(null, null, null, null), TODAY))
                .map(Problem::field).contains("status");
    }
}
