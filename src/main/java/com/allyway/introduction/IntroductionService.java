package com.allyway.introduction;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.audit.FieldChange;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import com.allyway.shared.mongo.BatchedReads;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Introductions: logged by a relationship's people or by staff for allies without a login, worked by staff, and
 * discussed on a shared timeline. Every method fences partner users to their own organization's records and keeps
 * internal notes away from them.
 */
@Service
public class IntroductionService {

    private final MongoTemplate mongo;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ProspectClaims claims;
    private final IntroductionChanges changes;
    private final UserAccountService accounts;

    private final ApplicationEventPublisher events;

    IntroductionService(MongoTemplate mongo, ProspectClaims claims, IntroductionChanges changes,
            OrganizationService organizations, UserAccountService accounts, CurrentUser currentUser,
            AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.accounts = accounts;
        this.claims = claims;
        this.changes = changes;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Logs an introduction. A partner user logs for its own organization ({@code relationshipId} may be null);
     * staff name the relationship. A prospect introduced before is still saved, and marked.
     */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF')")
    public LoggedIntroduction log(String relationshipId, IntroductionDetails details) {
        AllywayUser user = currentUser.require();
        String relationship = user.hasRole(Role.STAFF) ? relationshipId : user.organizationId();
        if (relationship == null || organizations.find(relationship).isEmpty()) {
            throw new RejectedInputException("relationship", "Choose the ally or partner who made the introduction.");
        }
        IntroductionDetails valid = IntroductionValidation.validated(details, today());
        ProspectKey key = IntroductionValidation.prospectKey(valid);
        Instant now = clock.instant();
        Introduction introduction = mongo.insert(new Introduction(relationship, valid, key, now,
                user.displayName()));
        AttributionPolicy.Attribution attribution = claims.claim(introduction, now);
        if (!(attribution instanceof AttributionPolicy.Attribution.Owns)) {
            introduction.attribute(attribution);
            introduction = mongo.save(introduction);
        }
        appendTimeline(introduction, user, TimelineEntry.Kind.LOGGED, null, null, IntroductionStatus.NEW, false);
        auditLog.recordChanges(AuditAction.INTRODUCTION_LOGGED, introduction.getProspectCompany(),
                "introduction " + introduction.getId() + (introduction.isConflict() ? ", conflict" : ""),
                FieldChange.between(Map.of(), introduction.auditedDetailFields()));
        announce(introduction);
        return new LoggedIntroduction(introduction.getId(), introduction.isProspectAlreadyKnown());
    }

    /**
     * Refuses details {@link #log} would refuse, naming the field, without storing anything: lets a form that
     * saves more than the introduction check all of it first.
     */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF')")
    public void check(IntroductionDetails details) {
        IntroductionValidation.prospectKey(IntroductionValidation.validated(details, today()));
    }

    /**
     * One introduction. A partner user finds only its own organization's, without staff-only details; another
     * organization's id answers exactly like an id that does not exist.
     */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER')")
    public Optional<Introduction> find(String id) {
        AllywayUser user = currentUser.require();
        Optional<Introduction> introduction = Optional.ofNullable(id == null ? null
                : mongo.findById(id, Introduction.class));
        if (user.isInternal()) {
            return introduction;
        }
        return introduction.filter(found -> found.getRelationshipId().equals(user.organizationId()))
                .map(Introduction::forPartner);
    }

    /** A page of introductions, most recently active first unless the page says otherwise. */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER')")
    public List<Introduction> list(IntroductionFilter filter, Pageable page) {
        Query query = Query.query(criteriaFor(filter)).with(page);
        if (page.getSort().isUnsorted()) {
            query.with(Sort.by(Sort.Direction.DESC, "lastActivityAt"));
        }
        List<Introduction> found = mongo.find(query, Introduction.class);
        return currentUser.require().isInternal() ? found : found.stream().map(Introduction::forPartner).toList();
    }

    /**
     * The dashboard facts of every introduction the filter selects (a partner's: their own only), without the
     * rest of each record.
     */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER')")
    public List<IntroductionFacts> facts(IntroductionFilter filter) {
        Query query = Query.query(criteriaFor(filter));
        query.fields().include("relationshipId", "introducedOn", "status", "wonOn", "dealAmount", "dealCurrency",
                "conflict");
        boolean internal = currentUser.require().isInternal();
        return BatchedReads.all(mongo, query, FactsRow.class, mongo.getCollectionName(Introduction.class), 20_000)
                .stream().map(row -> new IntroductionFacts(row.id(), row.relationshipId(), row.introducedOn(),
                        row.status(), row.wonOn(), row.dealAmount() == null || row.dealCurrency() == null ? null
                        : Money.of(row.dealAmount(), row.dealCurrency()), internal && row.conflict()))
                .toList();
    }

    /** The stored fields {@link #facts} reads (the deal value is stored as amount and currency). */
    record FactsRow(String id, String relationshipId, LocalDate introducedOn, IntroductionStatus status,
            LocalDate wonOn, BigDecimal dealAmount, String dealCurrency, boolean conflict) {
    }

    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER')")
    public long count(IntroductionFilter filter) {
        return mongo.count(Query.query(criteriaFor(filter)), Introduction.class);
    }

    /** Moves an introduction along the pipeline; refused when somebody else changed it since it was loaded. */
    @PreAuthorize("hasRole('STAFF')")
    public Introduction changeStatus(String id, Long expectedVersion, StatusChangePolicy.Request request) {
        Introduction introduction = existing(id);
        requireUnchangedSince(introduction, expectedVersion);
        StatusChangePolicy.check(introduction.getStatus(), introduction.getIntroducedOn(), request, today())
                .ifPresent(problem -> {
            throw new RejectedInputException(problem.field(), problem.message());
        });
        AllywayUser user = currentUser.require();
        IntroductionStatus from = introduction.getStatus();
        Map<String, String> before = introduction.auditedStatusFields();
        introduction.changeStatus(request, clock.instant(), user.displayName());
        Introduction saved = save(introduction);
        if (request.target() == IntroductionStatus.DECLINED) {
            claims.release(saved, partnerInDecision(saved)); // a declined introduction owns nothing
        }
        String text = request.target() == IntroductionStatus.DECLINED ? request.reason().strip() : null;
        appendTimeline(saved, user, TimelineEntry.Kind.STATUS_CHANGED, text, from, request.target(), false);
        auditLog.recordChanges(AuditAction.INTRODUCTION_STATUS_CHANGED, saved.getProspectCompany(),
                "introduction " + id, statusChanges(before, saved));
        announce(saved);
        events.publishEvent(new IntroductionStatusChanged(saved.getId(), saved.getRelationshipId(),
                saved.getProspectCompany(), from, saved.getStatus(), saved.getDeclineReason(), clock.instant()));
        return saved;
    }

    /** Gives the introduction to a staff member to work (or to nobody); refused when it changed since loaded. */
    @PreAuthorize("hasRole('STAFF')")
    public Introduction assignOwner(String id, Long expectedVersion, String ownerId) {
        Introduction introduction = existing(id);
        requireUnchangedSince(introduction, expectedVersion);
        String ownerName = ownerId == null ? null : accounts.findStaffMember(ownerId).map(AccountSummary::displayName)
                .orElseThrow(() -> new RejectedInputException("owner", "Choose an active staff member as owner."));
        if (Objects.equals(ownerId, introduction.getOwnerId())) {
            return introduction; // nothing changes, and others' open copies stay current
        }
        String before = introduction.getOwnerName();
        AllywayUser user = currentUser.require();
        introduction.assignOwner(ownerId, ownerName, clock.instant(), user.displayName());
        Introduction saved = save(introduction);
        appendTimeline(saved, user, TimelineEntry.Kind.OWNER_ASSIGNED, saved.getOwnerName(), null, null, false);
        auditLog.recordChanges(AuditAction.INTRODUCTION_OWNER_ASSIGNED, saved.getProspectCompany(),
                "introduction " + id, List.of(new FieldChange("Owner", before, saved.getOwnerName())));
        announce(saved);
        return saved;
    }

    /**
     * Settles an open conflict: the later introduction {@code id} and the earlier one that owned the prospect get
     * their shares of the credit, the reason is recorded, and both sides read the outcome on their timelines
     * (never who the other side is).
     */
    @PreAuthorize("hasRole('STAFF')")
    public Introduction resolveConflict(String id, Long expectedVersion, AttributionDecision.Request request) {
        Introduction later = existing(id);
        requireUnchangedSince(later, expectedVersion);
        if (!later.isConflict()) {
            throw new RejectedInputException("outcome", "This introduction has no open attribution conflict.");
        }
        return decideAttribution(later, later.getAttributedToId(), request, AuditAction.CONFLICT_RESOLVED);
    }

    /**
     * Applies a decision to a later introduction and the earlier one. The earlier one is saved first (re-read and
     * saved again if it changed meanwhile: the decision does not depend on its other fields), then the later one
     * with the version staff loaded. Without multi-document transactions a failure in between leaves the earlier
     * introduction decided and the later one still in conflict, so staff simply decide again. The prospect's claims
     * then go to whichever introduction has the larger share (the earlier one on a tie), in either direction, so a
     * dispute that reverses a reassignment also moves the claims back.
     */
    Introduction decideAttribution(Introduction later, String earlierId, AttributionDecision.Request request,
            AuditAction action) {
        int laterShare = request.laterShare();
        String reason = request.validReason();
        if (earlierId == null || earlierId.equals(later.getId())) {
            throw new RejectedInputException("outcome", "There is no earlier introduction of this prospect.");
        }
        if (later.getStatus() == IntroductionStatus.DECLINED && laterShare > 0
                || existing(earlierId).getStatus() == IntroductionStatus.DECLINED && laterShare < 100) {
            throw new RejectedInputException("outcome", "A declined introduction cannot get credit for the"
                    + " prospect; give the full credit to the other introduction.");
        }
        AllywayUser user = currentUser.require();
        AttributionDecision decision = new AttributionDecision(request.outcome(), laterShare, reason, earlierId,
                later.getId(), clock.instant(), user.displayName());
        Introduction savedEarlier = decideEarlier(earlierId, decision, action);
        Map<String, String> laterBefore = later.auditedAttributionFields();
        later.decide(decision);
        Introduction savedLater = save(later);
        boolean laterWins = laterShare > 50;
        claims.transfer(laterWins ? savedEarlier : savedLater, laterWins ? savedLater : savedEarlier);
        for (Introduction decided : List.of(savedLater, savedEarlier)) {
            appendTimeline(decided, user, TimelineEntry.Kind.ATTRIBUTION_DECIDED,
                    decision.describeFor(decided.getId()), null, null, false);
            announce(decided);
            events.publishEvent(new AttributionNews(decided.getRelationshipId(), "Attribution decided for "
                    + decided.getProspectCompany(), "introduction/" + decided.getId()));
        }
        auditLog.recordChanges(action, savedLater.getProspectCompany(), "introduction " + savedLater.getId()
                + " (later), earlier " + earlierId, FieldChange.between(laterBefore,
                savedLater.auditedAttributionFields()));
        return savedLater;
    }

    private Introduction decideEarlier(String earlierId, AttributionDecision decision, AuditAction action) {
        for (int attempt = 0; ; attempt++) {
            Introduction earlier = existing(earlierId);
            Map<String, String> before = earlier.auditedAttributionFields();
            earlier.decide(decision);
            try {
                Introduction saved = mongo.save(earlier);
                auditLog.recordChanges(action, saved.getProspectCompany(), "introduction " + earlierId
                        + " (earlier)", FieldChange.between(before, saved.auditedAttributionFields()));
                return saved;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 2) {
                    throw raced;
                }
            }
        }
    }

    /**
     * How active each relationship is, for the relationship directory: introductions of the last 30 and 90 days,
     * all introductions and the won ones. Relationships without introductions are left out of the map.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public Map<String, IntroductionActivity> activity(Collection<String> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        LocalDate first30 = today.minusDays(29);
        Map<String, long[]> counts = new HashMap<>(); // last 30, last 90, total, won, conflicts last 90
        Query recent = Query.query(Criteria.where("relationshipId").in(relationshipIds)
                .and("introducedOn").gte(today.minusDays(89)));
        recent.fields().include("relationshipId", "introducedOn", "conflict", "decision");
        for (Introduction introduction : mongo.find(recent, Introduction.class)) {
            long[] c = counts.computeIfAbsent(introduction.getRelationshipId(), id -> new long[5]);
            c[1]++;
            if (!introduction.getIntroducedOn().isBefore(first30)) {
                c[0]++;
            }
            if (introduction.isConflict() || introduction.getDecision() != null) {
                c[4]++;
            }
        }
        Aggregation byStatus = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("relationshipId").in(relationshipIds)),
                Aggregation.group("relationshipId", "status").count().as("n"));
        for (Document group : mongo.aggregate(byStatus, Introduction.COLLECTION, Document.class)) {
            Document key = group.get("_id", Document.class);
            long[] c = counts.computeIfAbsent(key.getString("relationshipId"), id -> new long[5]);
            long n = ((Number) group.get("n")).longValue();
            c[2] += n;
            if (IntroductionStatus.WON.name().equals(key.getString("status"))) {
                c[3] += n;
            }
        }
        Map<String, IntroductionActivity> activity = new HashMap<>();
        counts.forEach((id, c) -> activity.put(id, new IntroductionActivity(c[0], c[1], c[2], c[3], c[4])));
        return activity;
    }

    /** The other introduction of a decided conflict, whose keys this one may hold after a reassignment. */
    private Introduction partnerInDecision(Introduction introduction) {
        AttributionDecision decision = introduction.getDecision();
        if (decision == null) {
            return null;
        }
        String otherId = introduction.getId().equals(decision.laterIntroductionId())
                ? decision.earlierIntroductionId() : decision.laterIntroductionId();
        return mongo.findById(otherId, Introduction.class);
    }

    private static List<FieldChange> statusChanges(Map<String, String> before, Introduction after) {
        return FieldChange.between(before, after.auditedStatusFields());
    }

    /** A comment both sides see. */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF')")
    public TimelineEntry comment(String id, String text) {
        Introduction introduction = accessible(id);
        AllywayUser user = currentUser.require();
        TimelineEntry entry = appendTimeline(introduction, user, TimelineEntry.Kind.COMMENT, validText(text), null,
                null, false);
        touch(introduction);
        auditLog.record(AuditAction.INTRODUCTION_COMMENTED, introduction.getProspectCompany(), "introduction " + id);
        announce(introduction);
        events.publishEvent(new IntroductionCommented(introduction.getId(), introduction.getRelationshipId(),
                introduction.getProspectCompany(), introduction.getOwnerId(), user.id(), user.displayName(),
                !user.isInternal(), clock.instant()));
        return entry;
    }

    /** A note only staff ever see: never shown, exported or pushed to partner users. */
    @PreAuthorize("hasRole('STAFF')")
    public TimelineEntry addInternalNote(String id, String text) {
        Introduction introduction = existing(id);
        AllywayUser user = currentUser.require();
        TimelineEntry entry = appendTimeline(introduction, user, TimelineEntry.Kind.INTERNAL_NOTE, validText(text),
                null, null, true);
        auditLog.record(AuditAction.INTRODUCTION_NOTE_ADDED, introduction.getProspectCompany(),
                "introduction " + id);
        announce(introduction);
        return entry;
    }

    /** The shared timeline, oldest first; partner users get it without internal notes. */
    @PreAuthorize("hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER')")
    public List<TimelineEntry> timeline(String id) {
        Introduction introduction = accessible(id);
        Criteria criteria = Criteria.where("introductionId").is(introduction.getId());
        if (!currentUser.require().isInternal()) {
            criteria = criteria.and("internal").is(false);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("at", "_id")), TimelineEntry.class);
    }

    /** The filter as criteria, with the organization fence for partner users applied first. */
    private Criteria criteriaFor(IntroductionFilter filter) {
        AllywayUser user = currentUser.require();
        List<Criteria> parts = new ArrayList<>();
        if (!user.isInternal()) {
            parts.add(Criteria.where("relationshipId").is(user.organizationId()));
        } else {
            if (filter.relationshipId() != null) {
                parts.add(Criteria.where("relationshipId").is(filter.relationshipId()));
            }
            if (filter.ownerId() != null) {
                parts.add(Criteria.where("ownerId").is(filter.ownerId()));
            }
        }
        if (filter.introducedFrom() != null) {
            parts.add(Criteria.where("introducedOn").gte(filter.introducedFrom()));
        }
        if (filter.introducedTo() != null) {
            parts.add(Criteria.where("introducedOn").lte(filter.introducedTo()));
        }
        if (filter.status() != null) {
            parts.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = Pattern.quote(filter.text().strip());
            parts.add(new Criteria().orOperator(Criteria.where("prospectCompany").regex(pattern, "i"),
                    Criteria.where("contactName").regex(pattern, "i")));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    private Introduction accessible(String id) {
        return find(id).orElseThrow(IntroductionService::gone);
    }

    private static RejectedInputException gone() {
        return new RejectedInputException("introduction", "This introduction does not exist (any more).");
    }

    /** The stored introduction for staff-only changes (callers are staff, who reach every organization). */
    Introduction existing(String id) {
        Introduction introduction = id == null ? null : mongo.findById(id, Introduction.class);
        if (introduction == null) {
            throw gone();
        }
        return introduction;
    }

    private static void requireUnchangedSince(Introduction introduction, Long expectedVersion) {
        if (!Objects.equals(introduction.getVersion(), expectedVersion)) {
            throw new ConcurrentChangeException("this introduction", introduction.getLastChangedBy(), introduction.getLastActivityAt());
        }
    }

    private Introduction save(Introduction introduction) {
        try {
            return mongo.save(introduction);
        } catch (OptimisticLockingFailureException raced) {
            Introduction current = mongo.findById(introduction.getId(), Introduction.class);
            if (current == null) {
                throw gone();
            }
            throw new ConcurrentChangeException("this introduction", current.getLastChangedBy(), current.getLastActivityAt());
        }
    }

    /**
     * Moves "last activity" without touching the version others hold, so a comment never makes a staff member's
     * open edit stale. Goes to the collection directly: Spring Data would increment the version of an entity
     * class.
     */
    private void touch(Introduction introduction) {
        mongo.getCollection(Introduction.COLLECTION).updateOne(Filters.eq("_id", new ObjectId(introduction.getId())),
                Updates.set("lastActivityAt", clock.instant()));
    }

    private TimelineEntry appendTimeline(Introduction introduction, AllywayUser user, TimelineEntry.Kind kind,
            String text, IntroductionStatus from, IntroductionStatus to, boolean internal) {
        return mongo.insert(new TimelineEntry(null, introduction.getId(), introduction.getRelationshipId(),
                clock.instant(), user.id(), user.displayName(), kind, text, from, to, internal));
    }

    private void announce(Introduction introduction) {
        changes.publish(new IntroductionChanged(introduction.getId(), introduction.getRelationshipId(),
                IntroductionChanged.What.RECORD));
    }

    private static String validText(String text) {
        return TextInput.required(text, "text", "Write something first.", "The text", TimelineEntry.TEXT_MAX_LENGTH);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
