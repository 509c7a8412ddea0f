package com.allyway.relationship;

import com.allyway.relationship.FormalizationAdvice.Criterion;
import com.allyway.relationship.FormalizationAdvice.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a relationship should get a written agreement, and when it should not. Formalizing pays off when a
 * relationship sends many leads, when informal tracking causes disputes, when fees are already paid, or when the
 * work grows into co-selling, white-labeling or joint delivery; regulated industries, enterprise channels and
 * resellers make it worth considering. Otherwise the ally model wins, and the advice says so. Plain Java: the
 * numbers come in, the advice goes out.
 *
 * <p>Decisive (any one gives FORMALIZE): volume at or above the threshold (last 30 days, or the 90-day average per
 * month), fees paid informally, expanded scope. Supporting (one gives CONSIDER_FORMALIZING, two or more
 * FORMALIZE): disputes or repeated conflicts, context.
 */
public record FormalizationAdvisor(int monthlyIntroductions, int conflictsPerQuarter) {

    public static final int DEFAULT_MONTHLY_INTRODUCTIONS = 20;
    public static final int DEFAULT_CONFLICTS_PER_QUARTER = 3;

    static final Set<RelationshipStage> EXPANDED_SCOPE = EnumSet.of(RelationshipStage.CO_SELLING,
            RelationshipStage.WHITE_LABEL, RelationshipStage.JOINT_DELIVERY);

    public FormalizationAdvisor {
        if (monthlyIntroductions < 1 || conflictsPerQuarter < 1) {
            throw new IllegalArgumentException("Thresholds must be at least 1, were " + monthlyIntroductions
                    + " introductions a month and " + conflictsPerQuarter + " conflicts a quarter");
        }
    }

    public static FormalizationAdvisor withDefaults() {
        return new FormalizationAdvisor(DEFAULT_MONTHLY_INTRODUCTIONS, DEFAULT_CONFLICTS_PER_QUARTER);
    }

    public FormalizationAdvice advise(FormalizationEvidence evidence) {
        Criterion volume = volume(evidence);
        Criterion fees = new Criterion("Fees already paid", evidence.feesPaidInformally(),
                evidence.feesPaidInformally() ? "Fees are paid informally: " + evidence.feeNote().strip()
                        : "No fees are being paid");
        Criterion scope = new Criterion("Scope beyond referrals", EXPANDED_SCOPE.contains(evidence.stage()),
                "Stage: " + evidence.stage().label());
        Criterion disputes = disputes(evidence);
        Criterion context = new Criterion("Context", !evidence.flags().isEmpty(), evidence.flags().isEmpty()
                ? "Not a regulated industry, enterprise channel or reseller"
                : evidence.flags().stream().sorted().map(ContextFlag::label).collect(Collectors.joining(", ")));
        List<Criterion> criteria = List.of(volume, fees, scope, disputes, context);

        boolean decisive = volume.met() || fees.met() || scope.met();
        long supporting = (disputes.met() ? 1 : 0) + (context.met() ? 1 : 0);
        Level level = decisive || supporting >= 2 ? Level.FORMALIZE
                : supporting == 1 ? Level.CONSIDER_FORMALIZING : Level.KEEP_AS_ALLY;
        return new FormalizationAdvice(level, criteria, summary(level, evidence, criteria));
    }

    private Criterion volume(FormalizationEvidence evidence) {
        BigDecimal average = BigDecimal.valueOf(evidence.introductionsLast90Days())
                .divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
        boolean met = evidence.introductionsLast30Days() >= monthlyIntroductions
                || evidence.introductionsLast90Days() >= 3L * monthlyIntroductions;
        return new Criterion("Many introductions", met, introductions(evidence.introductionsLast30Days())
                + " in the last 30 days, " + average.toPlainString()
                + " a month over 90 days; threshold " + monthlyIntroductions + " a month");
    }

    private Criterion disputes(FormalizationEvidence evidence) {
        boolean met = evidence.openDisputes() > 0 || evidence.conflictsLast90Days() >= conflictsPerQuarter;
        return new Criterion("Disputes or conflicts", met, evidence.openDisputes() + " open "
                + (evidence.openDisputes() == 1 ? "dispute" : "disputes") + ", "
                + evidence.conflictsLast90Days() + " attribution conflicts in 90 days; threshold "
                + conflictsPerQuarter + " conflicts or any open dispute");
    }

    private static String introductions(long count) {
        return count + (count == 1 ? " introduction" : " introductions");
    }

    private static String summary(Level level, FormalizationEvidence evidence, List<Criterion> criteria) {
        String met = criteria.stream().filter(Criterion::met).map(Criterion::name).map(String::toLowerCase)
                .collect(Collectors.joining(", "));
        return switch (level) {
            case FORMALIZE -> "Formalize: " + met + ". A written agreement settles what is now tracked by"
                    + " hand.";
            case CONSIDER_FORMALIZING -> "Consider formalizing: " + met + ". Nothing yet forces an agreement;"
                    + " review again if it grows.";
            case KEEP_AS_ALLY -> "Keep as an ally: " + introductions(evidence.introductionsLast30Days())
                    + " in the last 30 days, no open disputes, no fees, no scope beyond referrals. An agreement would add"
                    + " paperwork and cost without settling anything; the trust that makes this relationship"
                    + " work needs none.";
        };
    }
}
