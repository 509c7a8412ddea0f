package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.audit.FieldChange;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;

/** Conflict resolution (keep first, reassign, split), disputes of it, and owner assignment. */
@IntegrationTest
class AttributionDecisionsIT {

    @Autowired
    IntroductionService introductions;
    @Autowired
    DisputeService disputes;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;

    private AllywayUser maya;
    private AllywayUser zoe;
    private AllywayUser outsider;
    private AllywayUser staff;

    @BeforeEach
    void twoPartnersAnOutsiderAndStaff() {
        maya = fixtures.partnerUser(fixtures.partnerOrganization(), "Maya Northwind");
        zoe = fixtures.partnerUser(fixtures.partnerOrganization(), "Zoë Brightpath");
        outsider = fixtures.partnerUser(fixtures.partnerOrganization());
        staff = fixtures.internalUser(Role.STAFF);
    }

    @Test
    void keepingTheFirstLeavesTheLaterWithoutCreditAndBothSidesReadTheReasonWithoutNames() {
        Pair pair = conflict();

        Introduction later = resolve(pair.later, AttributionOutcome.KEEP_FIRST, null, "Maya's team called first.");

        assertThat(later.isConflict()).isFalse();
        assertThat(later.getCreditPercent()).isZero();
        assertThat(staffView(pair.earlier).getCreditPercent()).isEqualTo(100);
        List<TimelineEntry> zoesTimeline = SignedIn.as(zoe, () -> introductions.timeline(pair.later));
        assertThat(zoesTimeline.getLast().text()).isEqualTo("Attribution decided: another introduction of this"
                + " prospect gets the credit. Reason: Maya's team called first.");
        assertThat(SignedIn.as(maya, () -> introductions.timeline(pair.earlier)).getLast().text())
                .startsWith("Attribution decided: this introduction gets the full credit");
        AuditEntry audit = mongo.findOne(Query.query(Criteria.where("action").is(AuditAction.CONFLICT_RESOLVED)
                .and("details").regex("^introduction " + pair.later)), AuditEntry.class);
        assertThat(audit.changes()).contains(new FieldChange("Conflict", "open", null));
        assertThat(audit.changes()).anySatisfy(change -> assertThat(change.after()).contains("Maya's team"));
    }

    @Test
    void reassigningMovesTheProspectSoTheNextIntroductionConflictsWithTheLaterOne() {
        Pair pair = conflict();

        resolve(pair.later, AttributionOutcome.REASSIGN, null, "Zoë's contact signed the deal.");

        assertThat(staffView(pair.later).getCreditPercent()).isEqualTo(100);
        assertThat(staffView(pair.earlier).getCreditPercent()).isZero();
        LoggedIntroduction third = SignedIn.as(outsider, () -> introductions.log(null, details(pair.company)));
        assertThat(staffView(third.id()).getAttributedToId()).isEqualTo(pair.later);
    }

    @Test
    void splittingGivesEachSideItsShare() {
        Pair pair = conflict();

        resolve(pair.later, AttributionOutcome.SPLIT, 30, "Both teams worked the account.");

        assertThat(SignedIn.as(zoe, () -> introductions.find(pair.later)).orElseThrow().getCreditPercent())
                .isEqualTo(30);
        assertThat(SignedIn.as(maya, () -> introductions.find(pair.earlier)).orElseThrow().getCreditPercent())
                .isEqualTo(70);
    }

    @Test
    void aDecisionNeedsAReasonAValidShareAndAnOpenConflict() {
        Pair pair = conflict();
        Long version = staffView(pair.later).getVersion();

        assertRefused(pair.later, version, new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null, " "),
                "reason");
        assertRefused(pair.later, version, new AttributionDecision.Request(AttributionOutcome.SPLIT, 100, "why"),
                "splitPercent");
        assertRefused(pair.later, version, new AttributionDecision.Request(null, null, "why"), "outcome");
        assertThat(staffView(pair.later).isConflict()).as("nothing changed").isTrue();
        resolve(pair.later, AttributionOutcome.KEEP_FIRST, null, "First come.");
        assertRefused(pair.later, staffView(pair.later).getVersion(),
                new AttributionDecision.Request(AttributionOutcome.REASSIGN, null, "again"), "outcome");
        assertThatThrownBy(() -> SignedIn.as(zoe, () -> introductions.resolveConflict(pair.later, version,
                new AttributionDecision.Request(AttributionOutcome.REASSIGN, null, "mine"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeclinedIntroductionGetsNoCredit() {
        Pair pair = conflict();
        Introduction earlier = staffView(pair.earlier);
        SignedIn.run(staff, () -> introductions.changeStatus(pair.earlier, earlier.getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.DECLINED, "Not for us.", null, null)));

        assertRefused(pair.later, staffView(pair.later).getVersion(),
                new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null, "First come."), "outcome");
        Introduction later = resolve(pair.later, AttributionOutcome.REASSIGN, null, "The first was declined.");
        assertThat(later.getCreditPercent()).isEqualTo(100);
    }

    @Test
    void loggingIsAuditedWithEveryFieldAsEnteredAndStatusChangesWithBeforeAndAfter() {
        Pair pair = conflict();
        Introduction earlier = staffView(pair.earlier);
        SignedIn.run(staff, () -> introductions.changeStatus(pair.earlier, earlier.getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));

        AuditEntry logged = mongo.findOne(Query.query(Criteria.where("action").is(AuditAction.INTRODUCTION_LOGGED)
                .and("details").regex("^introduction " + pair.earlier)), AuditEntry.class);
        assertThat(logged.changes()).contains(new FieldChange("Prospect", null, pair.company),
                new FieldChange("Website", null, pair.company + ".com"), new FieldChange("Status", null, "New"));
        AuditEntry changed = mongo.findOne(Query.query(Criteria.where("action")
                .is(AuditAction.INTRODUCTION_STATUS_CHANGED).and("details").is("introduction " + pair.earlier)),
                AuditEntry.class);
        assertThat(changed.actor()).isEqualTo(staff.email());
        assertThat(changed.changes()).containsExactly(new FieldChange("Status", "New", "Accepted"));
    }

    @Test
    void aPartnerDisputesAndEachSideReadsOnlyItsOwnStatementsAndStaffMessages() {
        Pair pair = conflict();
        resolve(pair.later, AttributionOutcome.KEEP_FIRST, null, "First come, first served.");

        Dispute opened = SignedIn.as(zoe, () -> disputes.open(pair.later, "We met them a year ago at a fair."));
        SignedIn.run(maya, () -> disputes.add(opened.getId(), DisputeEntry.Kind.EVIDENCE, "Our email of 3 May."));
        SignedIn.run(staff, () -> disputes.add(opened.getId(), DisputeEntry.Kind.MESSAGE, "We are looking into it."));

        assertThat(opened.getOtherIntroductionId()).as("the disputing side learns nothing of the other").isNull();
        assertThat(SignedIn.as(zoe, () -> disputes.entries(opened.getId()))).extracting(DisputeEntry::text)
                .contains("We met them a year ago at a fair.", "We are looking into it.")
                .doesNotContain("Our email of 3 May.");
        assertThat(SignedIn.as(maya, () -> disputes.entries(opened.getId()))).extracting(DisputeEntry::text)
                .contains("Our email of 3 May.", "We are looking into it.")
                .doesNotContain("We met them a year ago at a fair.");
        assertThat(SignedIn.as(maya, () -> disputes.find(opened.getId()))).get()
                .satisfies(seen -> assertThat(seen.getDisputingIntroductionId()).isNull());
        assertThat(SignedIn.as(staff, () -> disputes.entries(opened.getId()))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(SignedIn.as(outsider, () -> disputes.find(opened.getId()))).isEmpty();
        assertThat(SignedIn.as(outsider, () -> disputes.list(null, PageRequest.of(0, 50, Sort.by("openedAt")))))
                .extracting(Dispute::getId).doesNotContain(opened.getId());
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> disputes.entries(opened.getId())))
                .isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> disputes.add(opened.getId(),
                DisputeEntry.Kind.STATEMENT, "Me too"))).isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> SignedIn.as(zoe, () -> disputes.open(pair.later, "Again")))
                .hasMessage("This decision is already being disputed.");
        assertThatThrownBy(() -> SignedIn.as(maya, () -> disputes.open(pair.earlier, "Ours!")))
                .as("the other side cannot open a second case on the same decision")
                .hasMessage("This decision is already being disputed.");
        assertThat(SignedIn.as(maya, () -> disputes.entries(opened.getId()))).extracting(DisputeEntry::actorName)
                .as("no name from the other side").doesNotContain(zoe.displayName());
        assertThat(SignedIn.as(zoe, () -> disputes.entries(opened.getId()))).extracting(DisputeEntry::actorName)
                .doesNotContain(maya.displayName());
    }

    @Test
    void aDisputeThatReversesAReassignmentMovesTheProspectBack() {
        Pair pair = conflict();
        resolve(pair.later, AttributionOutcome.REASSIGN, null, "Zoë's contact signed.");
        Dispute opened = SignedIn.as(maya, () -> disputes.open(pair.earlier, "We introduced them first."));

        SignedIn.run(staff, () -> disputes.decide(opened.getId(), opened.getVersion(),
                new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null, "Maya's email came first.")));

        assertThat(staffView(pair.earlier).getCreditPercent()).isEqualTo(100);
        LoggedIntroduction third = SignedIn.as(outsider, () -> introductions.log(null, details(pair.company)));
        assertThat(staffView(third.id()).getAttributedToId()).isEqualTo(pair.earlier);
        Dispute again = SignedIn.as(zoe, () -> disputes.open(pair.later, "Now we disagree."));
        assertThat(again.getStatus()).as("a decided dispute frees the decision for a new one")
                .isEqualTo(DisputeStatus.OPEN);
    }

    @Test
    void aDeclinedIntroductionGivesUpTheClaimsItReceivedByReassignment() {
        String company = Fixtures.unique("Contested");
        String earlier = SignedIn.as(maya, () -> introductions.log(null, details(company))).id();
        // Same website, another name: the later introduction's own keys are not all of the earlier one's.
        String laterId = SignedIn.as(zoe, () -> introductions.log(null, new IntroductionDetails(
                Fixtures.unique("Quite Another Name"), company + ".com", "Pat Prospect", null, null, null, null,
                null))).id();
        assertThat(staffView(laterId).getAttributedToId()).isEqualTo(earlier);
        Introduction later = resolve(laterId, AttributionOutcome.REASSIGN, null, "Zoë's contact signed.");

        SignedIn.run(staff, () -> introductions.changeStatus(laterId, later.getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.DECLINED, "Not a fit after all.", null, null)));

        LoggedIntroduction third = SignedIn.as(outsider, () -> introductions.log(null, details(company)));
        assertThat(third.prospectAlreadyKnown()).as("nobody holds the prospect any more").isFalse();
    }

    @Test
    void staffDecideADisputeAndTheAttributionOfBothIntroductionsFollows() {
        Pair pair = conflict();
        resolve(pair.later, AttributionOutcome.KEEP_FIRST, null, "First come.");
        Dispute opened = SignedIn.as(zoe, () -> disputes.open(pair.later, "They signed because of us."));
        Dispute owned = SignedIn.as(staff, () -> disputes.assignOwner(opened.getId(), opened.getVersion(),
                staff.id()));

        Dispute decided = SignedIn.as(staff, () -> disputes.decide(owned.getId(), owned.getVersion(),
                new AttributionDecision.Request(AttributionOutcome.SPLIT, 50, "Both contributed.")));

        assertThat(decided.getStatus()).isEqualTo(DisputeStatus.DECIDED);
        assertThat(decided.getOwnerName()).isEqualTo(staff.displayName());
        assertThat(staffView(pair.later).getCreditPercent()).isEqualTo(50);
        assertThat(staffView(pair.earlier).getCreditPercent()).isEqualTo(50);
        assertThat(SignedIn.as(zoe, () -> disputes.entries(opened.getId())).getLast().text())
                .contains("this introduction gets 50 %");
        assertThat(SignedIn.as(staff, () -> disputes.countOpen(zoe.organizationId()))).isZero();
        assertThatThrownBy(() -> SignedIn.as(zoe, () -> disputes.add(opened.getId(), DisputeEntry.Kind.STATEMENT,
                "But..."))).hasMessageContaining("has been decided");
    }

    @Test
    void nothingToDisputeBeforeADecision() {
        Pair pair = conflict();

        assertThatThrownBy(() -> SignedIn.as(zoe, () -> disputes.open(pair.later, "Unfair")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("There is no attribution decision on this introduction to dispute.");
        assertThatThrownBy(() -> SignedIn.as(outsider, () -> disputes.open(pair.later, "Unfair")))
                .as("another organization's introduction is as if it did not exist")
                .hasMessage("This introduction does not exist (any more).");
    }

    @Test
    void staffAssignAnOwnerWhomPartnersSeeAndFilterTheGridByOwner() {
        Pair pair = conflict();
        AllywayUser owner = fixtures.internalUser(Role.STAFF);

        Introduction assigned = SignedIn.as(staff, () -> introductions.assignOwner(pair.earlier,
                staffView(pair.earlier).getVersion(), owner.id()));

        assertThat(assigned.getOwnerName()).isEqualTo(owner.displayName());
        assertThat(SignedIn.as(maya, () -> introductions.find(pair.earlier)).orElseThrow().getOwnerName())
                .isEqualTo(owner.displayName());
        assertThat(SignedIn.as(staff, () -> introductions.list(new IntroductionFilter(null, null, owner.id(), null,
                null, null), PageRequest.of(0, 10)))).extracting(Introduction::getId).containsExactly(pair.earlier);
        assertThatThrownBy(() -> SignedIn.as(staff, () -> introductions.assignOwner(pair.earlier,
                assigned.getVersion(), maya.id()))).isInstanceOf(RejectedInputException.class)
                .hasMessage("Choose an active staff member as owner.");
    }

    private record Pair(String company, String earlier, String later) {
    }

    private Pair conflict() {
        String company = Fixtures.unique("Contested");
        String earlier = SignedIn.as(maya, () -> introductions.log(null, details(company))).id();
        String later = SignedIn.as(zoe, () -> introductions.log(null, details(company))).id();
        assertThat(staffView(later).isConflict()).isTrue();
        return new Pair(company, earlier, later);
    }

    private Introduction resolve(String id, AttributionOutcome outcome, Integer split, String reason) {
        return SignedIn.as(staff, () -> introductions.resolveConflict(id, staffView(id).getVersion(),
                new AttributionDecision.Request(outcome, split, reason)));
    }

    private Introduction staffView(String id) {
        return SignedIn.as(staff, () -> introductions.find(id)).orElseThrow();
    }

    private void assertRefused(String id, Long version, AttributionDecision.Request request, String field) {
        assertThatThrownBy(() -> SignedIn.as(staff, () -> introductions.resolveConflict(id, version, request)))
                .isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo(field);
    }

    private static IntroductionDetails details(String company) {
        return new IntroductionDetails(company, company + ".com", "Pat Prospect", null, null, null, null, null);
    }
}
