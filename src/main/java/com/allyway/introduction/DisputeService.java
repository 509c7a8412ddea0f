package com.allyway.introduction;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.audit.FieldChange;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.UserAccountService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Disputes of attribution decisions. A partner user opens one on its own introduction once staff decided the
 * credit; both sides add statements and evidence that only they and staff read; staff own the case and close it
 * with a new decision, which updates the attribution of both introductions.
 */
@Service
public class DisputeService {

    private static final String READERS = "hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER')";
    static final String OPEN_DISPUTES = "open_disputes";

    private final MongoTemplate mongo;
    private final IntroductionService introductions;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    DisputeService(MongoTemplate mongo, IntroductionService introductions, UserAccountService accounts,
            CurrentUser currentUser, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.introductions = introductions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Disputes the attribution decision on one of the user's own organization's introductions. */
    @PreAuthorize("hasRole('PARTNER')")
    public Dispute open(String introductionId, String statement) {
        AllywayUser user = currentUser.require();
        Introduction own = introductions.find(introductionId).orElseThrow(
                () -> new RejectedInputException("introduction", "This introduction does not exist (any more)."));
        String text = validText(statement, "Say what you disagree with and why.");
        Introduction stored = introductions.existing(own.getId());
        AttributionDecision decision = stored.getDecision();
        if (decision == null) {
            throw new RejectedInputException("introduction",
                    "There is no attribution decision on this introduction to dispute.");
        }
        String otherId = stored.getId().equals(decision.laterIntroductionId()) ? decision.earlierIntroductionId()
                : decision.laterIntroductionId();
        Introduction other = introductions.existing(otherId);
        claimOpenDispute(decision);
        Dispute dispute = mongo.insert(new Dispute(stored, other, decision, clock.instant(), user.displayName()));
        append(dispute, stored.getRelationshipId(), false, user, DisputeEntry.Kind.STATEMENT, text);
        appendAsAllyway(dispute, null, DisputeEntry.Kind.EVENT,
                "A dispute of the attribution decision was opened. Our team will review it.");
        auditLog.record(AuditAction.DISPUTE_OPENED, dispute.getProspectCompany(), "dispute " + dispute.getId()
                + " on introduction " + stored.getId());
        events.publishEvent(new AttributionNews(null, "Dispute opened on " + dispute.getProspectCompany(),
                "dispute/" + dispute.getId()));
        return dispute.forSide(user.organizationId());
    }

    /** One dispute; a partner user finds only disputes its organization is a side of, in its side's copy. */
    @PreAuthorize(READERS)
    public Optional<Dispute> find(String id) {
        AllywayUser user = currentUser.require();
        Optional<Dispute> dispute = Optional.ofNullable(id == null ? null : mongo.findById(id, Dispute.class));
        if (user.isInternal()) {
            return dispute;
        }
        return dispute.filter(found -> found.involves(user.organizationId()))
                .map(found -> found.forSide(user.organizationId()));
    }

    /** The disputes about one introduction the user may see, newest first. */
    @PreAuthorize(READERS)
    public List<Dispute> forIntroduction(String introductionId) {
        Introduction introduction = introductions.find(introductionId).orElse(null);
        if (introduction == null) {
            return List.of();
        }
        return visible(new Criteria().orOperator(Criteria.where("disputingIntroductionId").is(introduction.getId()),
                Criteria.where("otherIntroductionId").is(introduction.getId())));
    }

    /** A page of disputes, open ones first, newest first; partner users get only their organization's. */
    @PreAuthorize(READERS)
    public List<Dispute> list(DisputeStatus status, Pageable page) {
        Query query = Query.query(fenced(status)).with(page);
        if (page.getSort().isUnsorted()) {
            query.with(Sort.by(Sort.Direction.DESC, "openedAt"));
        }
        return sideCopies(mongo.find(query, Dispute.class));
    }

    @PreAuthorize(READERS)
    public long count(DisputeStatus status) {
        return mongo.count(Query.query(fenced(status)), Dispute.class);
    }

    /** Open disputes a relationship is a side of: evidence that informal tracking is causing trouble. */
    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public long countOpen(String relationshipId) {
        return mongo.count(Query.query(Criteria.where("status").is(DisputeStatus.OPEN).orOperator(
                Criteria.where("disputingRelationshipId").is(relationshipId),
                Criteria.where("otherRelationshipId").is(relationshipId))), Dispute.class);
    }

    /** The dispute's timeline, oldest first: a partner user reads its own side's entries and staff's. */
    @PreAuthorize(READERS)
    public List<DisputeEntry> entries(String disputeId) {
        Dispute dispute = accessible(disputeId);
        AllywayUser user = currentUser.require();
        Criteria criteria = Criteria.where("disputeId").is(dispute.getId());
        if (!user.isInternal()) {
            criteria = criteria.orOperator(Criteria.where("visibleTo").is(user.organizationId()),
                    Criteria.where("visibleTo").is(null));
        }
        return mongo.find(Query.query(criteria).with(Sort.by("at", "_id")), DisputeEntry.class);
    }

    /**
     * Adds to the dispute: a partner user's statement or evidence, read by its own side and staff only; a staff
     * message, read by both sides.
     */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF')")
    public DisputeEntry add(String disputeId, DisputeEntry.Kind kind, String text) {
        Dispute dispute = accessible(disputeId);
        AllywayUser user = currentUser.require();
        if (dispute.getStatus() != DisputeStatus.OPEN) {
            throw new RejectedInputException("text", "This dispute has been decided; nothing more can be added.");
        }
        String valid = validText(text, "Write something first.");
        boolean staff = user.isInternal();
        DisputeEntry.Kind entryKind = staff ? DisputeEntry.Kind.MESSAGE
                : kind == DisputeEntry.Kind.EVIDENCE ? DisputeEntry.Kind.EVIDENCE : DisputeEntry.Kind.STATEMENT;
        DisputeEntry entry = append(dispute, staff ? null : user.organizationId(), staff, user, entryKind, valid);
        auditLog.record(AuditAction.DISPUTE_STATEMENT_ADDED, dispute.getProspectCompany(),
                "dispute " + dispute.getId() + ", " + entryKind.label().toLowerCase());
        String link = "dispute/" + dispute.getId();
        if (staff) { // a message both sides read
            for (String introductionId : List.of(dispute.getDisputingIntroductionId(),
                    dispute.getOtherIntroductionId())) {
                events.publishEvent(new AttributionNews(introductions.existing(introductionId).getRelationshipId(),
                        "New message from our team in the dispute on " + dispute.getProspectCompany(), link));
            }
        } else {
            events.publishEvent(new AttributionNews(null, "New " + entryKind.label().toLowerCase()
                    + " in the dispute on " + dispute.getProspectCompany(), link));
        }
        return entry;
    }

    @PreAuthorize("hasRole('STAFF')")
    public Dispute assignOwner(String disputeId, Long expectedVersion, String ownerId) {
        Dispute dispute = stored(disputeId);
        requireUnchangedSince(dispute, expectedVersion);
        String ownerName = ownerId == null ? null : accounts.findStaffMember(ownerId).map(AccountSummary::displayName)
                .orElseThrow(() -> new RejectedInputException("owner", "Choose an active staff member as owner."));
        String before = dispute.getOwnerName();
        dispute.assignOwner(ownerId, ownerName, clock.instant(), currentUser.require().displayName());
        Dispute saved = save(dispute);
        auditLog.recordChanges(AuditAction.DISPUTE_OWNER_ASSIGNED, saved.getProspectCompany(), "dispute " + disputeId,
                List.of(new FieldChange("Dispute owner", before, saved.getOwnerName())));
        return saved;
    }

    /**
     * Closes the dispute with a new decision on the credit, applied to both introductions as a conflict
     * resolution is; each side reads the outcome for its own introduction.
     */
    @PreAuthorize("hasRole('STAFF')")
    public Dispute decide(String disputeId, Long expectedVersion, AttributionDecision.Request request) {
        Dispute dispute = stored(disputeId);
        requireUnchangedSince(dispute, expectedVersion);
        if (dispute.getStatus() != DisputeStatus.OPEN) {
            throw new RejectedInputException("outcome", "This dispute has already been decided.");
        }
        request.laterShare(); // refuse a bad request before anything changes
        request.validReason();
        AllywayUser user = currentUser.require();
        // Close the case first (with its version check), so two staff deciding at once cannot both re-decide the
        // introductions; if applying the decision then fails, the case opens again.
        dispute.closing(clock.instant(), user.displayName());
        Dispute closing = save(dispute);
        Introduction later;
        try {
            later = introductions.decideAttribution(introductions.existing(closing.getLaterIntroductionId()),
                    closing.getEarlierIntroductionId(), request, AuditAction.DISPUTE_DECIDED);
        } catch (RuntimeException failed) {
            closing.reopen();
            mongo.save(closing);
            throw failed;
        }
        closing.decided(later.getDecision());
        Dispute saved = mongo.save(closing);
        releaseOpenDispute(saved);
        for (String introductionId : List.of(saved.getDisputingIntroductionId(), saved.getOtherIntroductionId())) {
            Introduction side = introductions.existing(introductionId);
            appendAsAllyway(saved, side.getRelationshipId(), DisputeEntry.Kind.EVENT,
                    "Dispute decided. " + later.getDecision().describeFor(introductionId));
        }
        return saved;
    }

    private List<Dispute> visible(Criteria criteria) {
        AllywayUser user = currentUser.require();
        List<Dispute> found = mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "openedAt")),
                Dispute.class);
        return user.isInternal() ? found : found.stream().filter(dispute -> dispute.involves(user.organizationId()))
                .map(dispute -> dispute.forSide(user.organizationId())).toList();
    }

    private List<Dispute> sideCopies(List<Dispute> found) {
        AllywayUser user = currentUser.require();
        return user.isInternal() ? found : found.stream().map(dispute -> dispute.forSide(user.organizationId()))
                .toList();
    }

    private Criteria fenced(DisputeStatus status) {
        AllywayUser user = currentUser.require();
        Criteria criteria = status == null ? new Criteria() : Criteria.where("status").is(status);
        if (!user.isInternal()) {
            criteria = criteria.orOperator(Criteria.where("disputingRelationshipId").is(user.organizationId()),
                    Criteria.where("otherRelationshipId").is(user.organizationId()));
        }
        return criteria;
    }

    /**
     * Only one open dispute per decided pair, even when both sides open one at the same moment: the pair's key is
     * the unique {@code _id} of a marker document that lives while the dispute is open.
     */
    private void claimOpenDispute(AttributionDecision decision) {
        try {
            mongo.insert(new Document("_id", openKey(decision)), OPEN_DISPUTES);
        } catch (DuplicateKeyException alreadyOpen) {
            throw new RejectedInputException("introduction", "This decision is already being disputed.");
        }
    }

    private void releaseOpenDispute(Dispute dispute) {
        mongo.remove(Query.query(Criteria.where("_id").is(dispute.openKey())), OPEN_DISPUTES);
    }

    private static String openKey(AttributionDecision decision) {
        return decision.laterIntroductionId() + ":" + decision.earlierIntroductionId();
    }

    private Dispute accessible(String id) {
        return find(id).orElseThrow(DisputeService::gone);
    }

    private Dispute stored(String id) {
        Dispute dispute = id == null ? null : mongo.findById(id, Dispute.class);
        if (dispute == null) {
            throw gone();
        }
        return dispute;
    }

    private static RejectedInputException gone() {
        return new RejectedInputException("dispute", "This dispute does not exist.");
    }

    private static void requireUnchangedSince(Dispute dispute, Long expectedVersion) {
        if (!Objects.equals(dispute.getVersion(), expectedVersion)) {
            throw new ConcurrentChangeException("this dispute", dispute.getLastChangedBy(), dispute.getLastChangedAt());
        }
    }

    private Dispute save(Dispute dispute) {
        try {
            return mongo.save(dispute);
        } catch (OptimisticLockingFailureException raced) {
            Dispute current = stored(dispute.getId());
            throw new ConcurrentChangeException("this dispute", current.getLastChangedBy(), current.getLastChangedAt());
        }
    }

    /**
     * An event both sides read, signed "Allyway": the person who caused it may belong to the other side, whose
     * identity a partner never learns.
     */
    private void appendAsAllyway(Dispute dispute, String visibleTo, DisputeEntry.Kind kind, String text) {
        mongo.insert(new DisputeEntry(null, dispute.getId(), visibleTo, true, clock.instant(), "Allyway", kind, text));
    }

    private DisputeEntry append(Dispute dispute, String visibleTo, boolean fromStaff, AllywayUser user,
            DisputeEntry.Kind kind, String text) {
        return mongo.insert(new DisputeEntry(null, dispute.getId(), visibleTo, fromStaff, clock.instant(),
                user.displayName(), kind, text));
    }

    private static String validText(String text, String missing) {
        return TextInput.required(text, "text", missing, "The text", DisputeEntry.TEXT_MAX_LENGTH);
    }
}
