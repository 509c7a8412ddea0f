package com.allyway.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.relationship.FormalizationAdvice.Criterion;
import com.allyway.relationship.FormalizationAdvice.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FormalizationAdvisorTest {

    private final FormalizationAdvisor advisor = FormalizationAdvisor.withDefaults();

    @ParameterizedTest(name = "{0} introductions in 30 days: {1}")
    @CsvSource({"19, KEEP_AS_ALLY", "20, FORMALIZE", "21, FORMALIZE"})
    void twentyIntroductionsInThirtyDaysAreEnough(long last30, Level expected) {
        FormalizationAdvice advice = advisor.advise(quietAlly().withIntroductions(last30, last30));

        assertThat(advice.level()).isEqualTo(expected);
        assertThat(criterion(advice, "Many introductions").evidence())
                .startsWith(last30 + " introductions in the last 30 days")
                .endsWith("threshold 20 a month");
    }

    @ParameterizedTest(name = "{0} introductions in 90 days: {1}")
    @CsvSource({"59, KEEP_AS_ALLY, 19.7", "60, FORMALIZE, 20.0", "63, FORMALIZE, 21.0"})
    void soIsAnAverageOfTwentyAMonthOverNinetyDays(long last90, Level expected, String average) {
        FormalizationAdvice advice = advisor.advise(quietAlly().withIntroductions(5, last90));

        assertThat(advice.level()).isEqualTo(expected);
        assertThat(criterion(advice, "Many introductions").evidence()).contains(average + " a month over 90 days");
    }

    @Test
    void aQuietAllyIsToldWhyStayingAnAllyIsBetterAndAnAgreementWouldNeedAReason() {
        FormalizationAdvice advice = advisor.advise(quietAlly());

        assertThat(advice.level()).isEqualTo(Level.KEEP_AS_ALLY);
        assertThat(advice.criteria()).extracting(Criterion::met).containsOnly(false);
        assertThat(advice.criteria()).hasSize(5);
        assertThat(advice.summary()).startsWith("Keep as an ally: 3 introductions in the last 30 days")
                .contains("paperwork");
        assertThat(advice.agreementNeedsReason()).isTrue();
    }

    @Test
    void informalFeesAreDecisive() {
        FormalizationAdvice advice = advisor.advise(new FormalizationEvidence(3, 9, 0, 0,
                "10 % by bank transfer, invoiced by them", RelationshipStage.ALLY, Set.of()));

        assertThat(advice.level()).isEqualTo(Level.FORMALIZE);
        assertThat(criterion(advice, "Fees already paid").evidence())
                .isEqualTo("Fees are paid informally: 10 % by bank transfer, invoiced by them");
        assertThat(advice.agreementNeedsReason()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RelationshipStage.class, names = {"CO_SELLING", "WHITE_LABEL", "JOINT_DELIVERY"})
    void scopeBeyondReferralsIsDecisive(RelationshipStage stage) {
        FormalizationAdvice advice = advisor.advise(new FormalizationEvidence(0, 0, 0, 0, null, stage, Set.of()));

        assertThat(advice.level()).isEqualTo(Level.FORMALIZE);
        assertThat(criterion(advice, "Scope beyond referrals").evidence()).isEqualTo("Stage: " + stage.label());
    }

    @ParameterizedTest(name = "{0} open disputes, {1} conflicts: {2}")
    @CsvSource({"0, 2, KEEP_AS_ALLY", "0, 3, CONSIDER_FORMALIZING", "1, 0, CONSIDER_FORMALIZING",
            "2, 5, CONSIDER_FORMALIZING"})
    void disputesOrRepeatedConflictsSupportFormalizing(long openDisputes, long conflicts, Level expected) {
        FormalizationAdvice advice = advisor.advise(new FormalizationEvidence(3, 9, openDisputes, conflicts, null,
                RelationshipStage.ALLY, Set.of()));

        assertThat(advice.level()).isEqualTo(expected);
        assertThat(criterion(advice, "Disputes or conflicts").evidence()).startsWith(openDisputes + " open");
    }

    @ParameterizedTest
    @EnumSource(ContextFlag.class)
    void eachContextFlagAloneSuggestsConsideringIt(ContextFlag flag) {
        FormalizationAdvice advice = advisor.advise(new FormalizationEvidence(3, 9, 0, 0, null,
                RelationshipStage.ALLY, Set.of(flag)));

        assertThat(advice.level()).isEqualTo(Level.CONSIDER_FORMALIZING);
        assertThat(criterion(advice, "Context").evidence()).isEqualTo(flag.label());
        assertThat(advice.summary()).startsWith("Consider formalizing: context.");
    }

    @Test
    void twoSupportingCriteriaTogetherAreEnough() {
        FormalizationAdvice advice = advisor.advise(new FormalizationEvidence(3, 9, 1, 0, null,
                RelationshipStage.ALLY, Set.of(ContextFlag.RESELLER, ContextFlag.REGULATED_INDUSTRY)));

        assertThat(advice.level()).isEqualTo(Level.FORMALIZE);
        assertThat(criterion(advice, "Context").evidence()).isEqualTo("Regulated industry, Reseller");
        assertThat(advice.summary()).isEqualTo("Formalize: disputes or conflicts, context. A written agreement"
                + " settles what is now tracked by hand.");
    }

    @Test
    void thresholdsAreConfigurable() {
        FormalizationAdvisor stricter = new FormalizationAdvisor(10, 1);

        assertThat(stricter.advise(quietAlly().withIntroductions(10, 10)).level()).isEqualTo(Level.FORMALIZE);
        assertThat(stricter.advise(new FormalizationEvidence(0, 0, 0, 1, null, RelationshipStage.ALLY, Set.of()))
                .level()).isEqualTo(Level.CONSIDER_FORMALIZING);
        assertThatThrownBy(() -> new FormalizationAdvisor(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReviewListPutsTheStrongestAdviceFirst() {
        FormalizationAdvice keep = advisor.advise(quietAlly());
        FormalizationAdvice consider = advisor.advise(new FormalizationEvidence(3, 9, 1, 0, null,
                RelationshipStage.ALLY, Set.of()));
        FormalizationAdvice formalize = advisor.advise(quietAlly().withIntroductions(25, 60));
        FormalizationAdvice formalizeMore = advisor.advise(new FormalizationEvidence(25, 60, 1, 0, "cash",
                RelationshipStage.CO_SELLING, Set.of()));

        List<FormalizationAdvice> sorted = new ArrayList<>(List.of(keep, formalize, consider, formalizeMore));
        sorted.sort(FormalizationAdvice.STRONGEST_FIRST);

        assertThat(sorted).containsExactly(formalizeMore, formalize, consider, keep);
    }

    private static FormalizationEvidence quietAlly() {
        return new FormalizationEvidence(3, 9, 0, 0, null, RelationshipStage.ALLY, Set.of());
    }

    private static Criterion criterion(FormalizationAdvice advice, String name) {
        return advice.criteria().stream().filter(each -> each.name().equals(name)).findFirst().orElseThrow();
    }
}
