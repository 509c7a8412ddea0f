package com.allyway.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.insight.QualityReport.Group;
import com.allyway.insight.QualityReport.Member;
import com.allyway.insight.QualityReport.Quality;
import com.allyway.introduction.IntroductionFacts;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A fixture whose answers were worked out by hand (the arithmetic is in the comments): two allies, two referral
 * partners, a half-year window.
 */
class QualityReportTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30); // 181 days = 5.946612 months of 30.4375 days

    private final List<Member> members = List.of(
            new Member("a1", "Ada Ally", Group.ALLIES, LocalDate.of(2025, 6, 1)), // the whole window
            new Member("a2", "Ben Ally", Group.ALLIES, LocalDate.of(2026, 4, 1)), // 91 days = 2.989733 months
            new Member("p1", "Pia Partner", Group.REFERRAL_PARTNERS, LocalDate.of(2025, 1, 1)),
            new Member("p2", "Quinn Partner", Group.REFERRAL_PARTNERS, LocalDate.of(2026, 6, 20))); // 11 days: 1 month

    private final List<IntroductionFacts> introductions = new ArrayList<>();
    private final Map<String, List<Money>> paid = Map.of("p1", List.of(eur("400.00"), eur("100.00")));

    QualityReportTest() {
        won("a1", "2026-01-10", "2026-02-09", eur("10000.00")); // 30 days
        won("a1", "2026-02-01", "2026-03-13", eur("20000.00")); // 40 days
        open("a1", "2026-03-01", IntroductionStatus.LOST);
        open("a1", "2026-05-01", IntroductionStatus.OPPORTUNITY);
        won("a1", "2025-12-31", "2026-01-02", eur("99999.00")); // before the window: ignored
        won("a2", "2026-04-15", "2026-05-05", eur("6000.00")); // 20 days
        open("p1", "2026-01-05", IntroductionStatus.DECLINED);
        open("p1", "2026-01-06", IntroductionStatus.LOST);
        won("p1", "2026-01-07", "2026-03-07", eur("5000.00")); // 24 + 28 + 7 = 59 days
        won("p1", "2026-02-10", "2026-02-20", new Money(new BigDecimal("3000.00"), USD)); // 10 days
        open("p1", "2026-03-01", IntroductionStatus.NEW);
        open("p1", "2026-04-01", IntroductionStatus.ACCEPTED);
        open("p1", "2026-05-01", IntroductionStatus.LOST);
        open("p1", "2026-06-01", IntroductionStatus.DECLINED);
        open("p2", "2026-06-25", IntroductionStatus.NEW);
        won("x9", "2026-02-01", "2026-02-02", eur("1.00")); // no member: ignored
        report = QualityReport.of(FROM, TO, members, introductions, paid);
    }

    private final QualityReport.Result report;

    @Test
    void alliesAsAGroup() {
        Quality allies = report.group(Group.ALLIES).orElseThrow();
        assertThat(allies.relationships()).isEqualTo(2);
        assertThat(allies.introductions()).isEqualTo(5);
        assertThat(allies.introductionsPerMonth()).isEqualByComparingTo("0.6"); // 5 / 8.936345 = 0.5595
        assertThat(allies.decided()).isEqualTo(4);
        assertThat(allies.won()).isEqualTo(3);
        assertThat(allies.conversionPercent()).contains(new BigDecimal("75.0"));
        assertThat(allies.averageDealValue()).containsExactly(Map.entry(EUR, eur("12000.00"))); // 36,000 / 3
        assertThat(allies.medianDaysToClose()).contains(new BigDecimal("30.0")); // 20, 30, 40
        assertThat(allies.paidPerWonDeal()).as("allies are paid nothing").isEmpty();
    }

    @Test
    void referralPartnersAsAGroup() {
        Quality partners = report.group(Group.REFERRAL_PARTNERS).orElseThrow();
        assertThat(partners.introductions()).isEqualTo(9);
        assertThat(partners.introductionsPerMonth()).isEqualByComparingTo("1.3"); // 9 / 6.946612 = 1.2956
        assertThat(partners.decided()).isEqualTo(6);
        assertThat(partners.won()).isEqualTo(2);
        assertThat(partners.conversionPercent()).contains(new BigDecimal("33.3")); // 2 of 6
        assertThat(partners.averageDealValue()).containsExactly(Map.entry(EUR, eur("5000.00")),
                Map.entry(USD, new Money(new BigDecimal("3000.00"), USD)));
        assertThat(partners.medianDaysToClose()).contains(new BigDecimal("34.5")); // 10 and 59
        assertThat(partners.paidPerWonDeal()).containsExactly(Map.entry(EUR, eur("250.00"))); // 500 / 2
    }

    @Test
    void eachRelationshipByGroupThenName() {
        assertThat(report.relationships()).extracting(Quality::label)
                .containsExactly("Ada Ally", "Ben Ally", "Pia Partner", "Quinn Partner");
        Quality ada = report.relationships().getFirst();
        assertThat(ada.introductions()).isEqualTo(4);
        assertThat(ada.introductionsPerMonth()).isEqualByComparingTo("0.7"); // 4 / 5.946612 = 0.6727
        assertThat(ada.conversionPercent()).contains(new BigDecimal("66.7")); // 2 of 3
        assertThat(ada.medianDaysToClose()).contains(new BigDecimal("35.0"));
        Quality ben = report.relationships().get(1);
        assertThat(ben.introductionsPerMonth()).as("counted over the months it existed")
                .isEqualByComparingTo("0.3"); // 1 / 2.989733
        Quality quinn = report.relationships().get(3);
        assertThat(quinn.introductionsPerMonth()).as("at least one month").isEqualByComparingTo("1.0");
        assertThat(quinn.conversionPercent()).as("nothing decided yet").isEmpty();
        assertThat(quinn.medianDaysToClose()).isEmpty();
        assertThat(quinn.averageDealValue()).isEmpty();
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> QualityReport.of(TO, FROM, members, introductions, paid))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(QualityReport.median(List.of(7L, 1L, 4L, 10L))).contains(new BigDecimal("5.5"));
        assertThat(QualityReport.median(List.of())).isEqualTo(Optional.empty());
    }

    private void won(String relationship, String introducedOn, String wonOn, Money value) {
        introductions.add(new IntroductionFacts("i" + introductions.size(), relationship,
                LocalDate.parse(introducedOn), IntroductionStatus.WON, LocalDate.parse(wonOn), value, false));
    }

    private void open(String relationship, String introducedOn, IntroductionStatus status) {
        introductions.add(new IntroductionFacts("i" + introductions.size(), relationship,
                LocalDate.parse(introducedOn), status, null, null, false));
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }
}
