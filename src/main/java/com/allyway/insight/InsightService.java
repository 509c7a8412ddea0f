package com.allyway.insight;

import com.allyway.introduction.DisputeService;
import com.allyway.introduction.DisputeStatus;
import com.allyway.introduction.IntroductionFacts;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.payout.PayoutFigures;
import com.allyway.payout.Period;
import com.allyway.payout.StatementService;
import com.allyway.relationship.RelationshipReview;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The numbers behind each role's home. Every method reads through the feature services, so their access rules
 * apply as well as the role check here: a partner's figures are their own organization's only.
 */
@Service
public class InsightService {

    /** How far back the founders' quality comparison looks. */
    static final int QUALITY_WINDOW_MONTHS = 12;
    static final int STATEMENT_PERIODS_SHOWN = 6;

    private final IntroductionService introductions;
    private final RelationshipService relationships;
    private final DisputeService disputes;
    private final StatementService statements;
    private final PayoutFigures payouts;
    private final Clock clock;

    InsightService(IntroductionService introductions, RelationshipService relationships, DisputeService disputes,
            StatementService statements, PayoutFigures payouts, Clock clock) {
        this.introductions = introductions;
        this.relationships = relationships;
        this.disputes = disputes;
        this.statements = statements;
        this.payouts = payouts;
        this.clock = clock;
    }

    /** A partner's own introductions and earnings. */
    @PreAuthorize("hasRole('PARTNER')")
    public PartnerInsight partner() {
        List<Period> periods = statements.recentPeriods(today(), STATEMENT_PERIODS_SHOWN).reversed();
        return new PartnerInsight(introductions.facts(IntroductionFilter.ALL), periods, payouts.totals(periods));
    }

    /** The pipeline, the weekly flow, the busiest relationships and what needs a decision. */
    @PreAuthorize("hasRole('STAFF')")
    public StaffInsight staff() {
        List<IntroductionFacts> facts = introductions.facts(IntroductionFilter.ALL);
        StaffInsight.Counts counts = StaffInsight.count(facts, today());
        return new StaffInsight(counts, relationships.names(counts.topRelationshipIds()),
                disputes.count(DisputeStatus.OPEN));
    }

    /** Allies against referral partners over the last twelve months, and which relationships to review. */
    @PreAuthorize("hasRole('FOUNDER')")
    public FounderInsight founder() {
        LocalDate to = today();
        LocalDate from = to.minusMonths(QUALITY_WINDOW_MONTHS).plusDays(1);
        List<RelationshipReview> reviews = relationships.reviewList();
        List<QualityReport.Member> members = reviews.stream().map(review -> new QualityReport.Member(
                review.relationship().getId(), review.relationship().getName(),
                review.relationship().getType() == RelationshipType.ALLY ? QualityReport.Group.ALLIES
                        : QualityReport.Group.REFERRAL_PARTNERS,
                review.relationship().getCreatedAt() == null ? null
                        : LocalDate.ofInstant(review.relationship().getCreatedAt(), ZoneOffset.UTC))).toList();
        List<IntroductionFacts> facts = introductions.facts(new IntroductionFilter(null, null, null, from, to, null));
        return new FounderInsight(QualityReport.of(from, to, members, facts, payouts.paidBetween(from, to)), reviews);
    }

    /** Payouts per period and status, and the commission whose hold ends in the next four weeks. */
    @PreAuthorize("hasRole('FINANCE')")
    public FinanceInsight finance() {
        LocalDate today = today();
        List<Period> periods = statements.recentPeriods(today, STATEMENT_PERIODS_SHOWN).reversed();
        return new FinanceInsight(periods, payouts.totals(periods), today,
                payouts.becomingPayable(today, today.plusWeeks(FinanceInsight.WEEKS_AHEAD)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean decided(IntroductionStatus status) {
        return status == IntroductionStatus.WON || status == IntroductionStatus.LOST
                || status == IntroductionStatus.DECLINED;
    }
}
