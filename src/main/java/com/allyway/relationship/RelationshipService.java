package com.allyway.relationship;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.audit.FieldChange;
import com.allyway.introduction.DisputeService;
import com.allyway.introduction.IntroductionActivity;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.LoggedIntroduction;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.shared.AgreementAccepted;
import com.allyway.shared.AllywayProperties;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Relationships: the directory staff work from and the profile of each ally or referral partner. Internal only:
 * partner users reach none of these methods.
 */
@Service
public class RelationshipService {

    private static final Logger log = LoggerFactory.getLogger(RelationshipService.class);

    private static final String INTERNAL = "hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')";

    private final MongoTemplate mongo;
    private final OrganizationService organizations;
    private final IntroductionService introductions;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DisputeService disputes;
    private final FormalizationAdvisor advisor;

    RelationshipService(MongoTemplate mongo, OrganizationService organizations, IntroductionService introductions,
            DisputeService disputes, UserAccountService accounts, CurrentUser currentUser, AuditLog auditLog,
            Clock clock, AllywayProperties properties) {
        this.disputes = disputes;
        this.advisor = new FormalizationAdvisor(properties.formalization().introductionsPerMonth(),
                properties.formalization().conflictsPerQuarter());
        this.mongo = mongo;
        this.organizations = organizations;
        this.introductions = introductions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new relationship with its organization. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Relationship create(String name, RelationshipType type, String website) {
        if (type == null) {
            throw new RejectedInputException("type", "Choose whether this is an ally or a referral partner.");
        }
        Organization organization = organizations.create(name, website);
        AllywayUser user = currentUser.require();
        Relationship relationship = mongo.insert(new Relationship(organization.getId(), organization.getName(),
                organization.getWebsite(), type, clock.instant(), user.displayName()));
        auditLog.recordChanges(AuditAction.RELATIONSHIP_CREATED, relationship.getName(),
                "relationship " + relationship.getId(), FieldChange.between(Map.of(), relationship.auditedFields()));
        return relationship;
    }

    /**
     * An ally and the first introduction it made, from one form: no paperwork. Both parts are checked before
     * either is stored, so a mistake in the introduction leaves no ally behind.
     */
    @PreAuthorize("hasRole('STAFF')")
    public AllyWithIntroduction createAllyWithIntroduction(String name, String website,
            IntroductionDetails firstIntroduction) {
        organizations.checkNew(name, website);
        introductions.check(firstIntroduction);
        Relationship ally = create(name, RelationshipType.ALLY, website);
        LoggedIntroduction logged = introductions.log(ally.getId(), firstIntroduction);
        return new AllyWithIntroduction(ally, logged);
    }

    @PreAuthorize(INTERNAL)
    public Optional<Relationship> find(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, Relationship.class));
    }

    /** The names of many relationships at once, by id; ids that name no relationship are left out. */
    @PreAuthorize(INTERNAL)
    public Map<String, String> names(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("name");
        Map<String, String> names = new HashMap<>();
        for (Document raw : mongo.find(query, Document.class,
                mongo.getCollectionName(Relationship.class))) {
            names.put(String.valueOf(raw.get("_id")), raw.getString("name")); // an ObjectId, or a plain id
        }
        return names;
    }

    /** A page of the directory with each relationship's activity; by name unless the page sorts otherwise. */
    @PreAuthorize(INTERNAL)
    public List<RelationshipRow> list(RelationshipFilter filter, Pageable page) {
        Query query = Query.query(criteriaFor(filter)).with(page);
        if (page.getSort().isUnsorted()) {
            query.with(Sort.by("normalizedName"));
        }
        List<Relationship> found = mongo.find(query, Relationship.class);
        Map<String, IntroductionActivity> activity = introductions.activity(
                found.stream().map(Relationship::getId).toList());
        return found.stream().map(relationship -> new RelationshipRow(relationship,
                activity.getOrDefault(relationship.getId(), IntroductionActivity.NONE))).toList();
    }

    @PreAuthorize(INTERNAL)
    public long count(RelationshipFilter filter) {
        return mongo.count(Query.query(criteriaFor(filter)), Relationship.class);
    }

    /**
     * Changes type, stage, context, owner, contacts, tags and notes at once. Refused, with nothing stored, when
     * somebody else changed the relationship since {@code expectedVersion}; every changed field is audited with
     * its value before and after.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Relationship update(String id, Long expectedVersion, RelationshipProfile profile) {
        RelationshipProfile valid = RelationshipProfileRules.validated(profile);
        Relationship relationship = find(id).orElseThrow(
                () -> new RejectedInputException("relationship", "This relationship does not exist."));
        // An owner who left keeps the relationship until somebody picks another one; a new owner must be active.
        boolean ownerKept = valid.ownerId() != null && valid.ownerId().equals(relationship.getOwnerId());
        String ownerName = valid.ownerId() == null ? null : ownerKept ? relationship.getOwnerName()
                : accounts.findStaffMember(valid.ownerId()).map(AccountSummary::displayName)
                        .orElseThrow(() -> new RejectedInputException("owner",
                                "Choose an active staff member as owner."));
        if (!Objects.equals(relationship.getVersion(), expectedVersion)) {
            throw changedMeanwhile(relationship);
        }
        Map<String, String> before = relationship.auditedFields();
        relationship.apply(valid, ownerName, clock.instant(), currentUser.require().displayName());
        List<FieldChange> changes = FieldChange.between(before, relationship.auditedFields());
        if (changes.isEmpty()) {
            return find(id).orElseThrow(); // nothing to save, and no reason to make others' copies stale
        }
        Relationship saved;
        try {
            saved = mongo.save(relationship);
        } catch (OptimisticLockingFailureException raced) {
            throw changedMeanwhile(find(id).orElseThrow());
        }
        auditLog.recordChanges(AuditAction.RELATIONSHIP_CHANGED, saved.getName(), "relationship " + id, changes);
        return saved;
    }

    /**
     * The relationship became a referral partner because the partner accepted an approved agreement. Runs in the
     * accepting partner user's request, so the audit trail names them; a scope stage (co-selling etc.) stays.
     */
    @EventListener
    void on(AgreementAccepted accepted) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Relationship relationship = mongo.findById(accepted.relationshipId(), Relationship.class);
            if (relationship == null) {
                return;
            }
            Map<String, String> before = relationship.auditedFields();
            if (!relationship.becomeReferralPartner(clock.instant(), currentUser.require().displayName())) {
                return;
            }
            try {
                mongo.save(relationship);
                auditLog.recordChanges(AuditAction.RELATIONSHIP_CHANGED, relationship.getName(),
                        accepted.agreement(), FieldChange.between(before, relationship.auditedFields()));
                return;
            } catch (OptimisticLockingFailureException raced) {
                // a staff edit in between: apply the type change on top of it
            }
        }
        log.error("Could not make relationship {} a referral partner after {}: it kept changing meanwhile",
                accepted.relationshipId(), accepted.agreement());
    }

    /** Whether this relationship should get a written agreement, with every criterion and its evidence. */
    @PreAuthorize(INTERNAL)
    public FormalizationAdvice advice(String id) {
        Relationship relationship = find(id).orElseThrow(
                () -> new RejectedInputException("relationship", "This relationship does not exist."));
        return advise(relationship, introductions.activity(List.of(id)).getOrDefault(id, IntroductionActivity.NONE));
    }

    /**
     * Every relationship with its advice, strongest first: the founders' list of relationships to review. Reads
     * all relationships at once (there are hundreds, not millions).
     */
    @PreAuthorize(INTERNAL)
    public List<RelationshipReview> reviewList() {
        List<Relationship> all = mongo.findAll(Relationship.class);
        Map<String, IntroductionActivity> activity = introductions.activity(
                all.stream().map(Relationship::getId).toList());
        return all.stream().map(relationship -> new RelationshipReview(relationship, advise(relationship,
                        activity.getOrDefault(relationship.getId(), IntroductionActivity.NONE))))
                .sorted(Comparator.comparing(RelationshipReview::advice, FormalizationAdvice.STRONGEST_FIRST)
                        .thenComparing(review -> review.relationship().getName()))
                .toList();
    }

    private FormalizationAdvice advise(Relationship relationship, IntroductionActivity activity) {
        return advisor.advise(new FormalizationEvidence(activity.last30Days(), activity.last90Days(),
                disputes.countOpen(relationship.getId()), activity.conflictsLast90Days(), relationship.getFeeNote(),
                relationship.getStage(), relationship.getFlags()));
    }

    private static ConcurrentChangeException changedMeanwhile(Relationship current) {
        return new ConcurrentChangeException("this relationship", current.getLastChangedBy(),
                current.getLastChangedAt());
    }

    private static Criteria criteriaFor(RelationshipFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            parts.add(Criteria.where("normalizedName").regex(Pattern.quote(Relationship.normalize(filter.text()))));
        }
        if (filter.type() != null) {
            parts.add(Criteria.where("type").is(filter.type()));
        }
        if (filter.stage() != null) {
            parts.add(Criteria.where("stage").is(filter.stage()));
        }
        if (filter.ownerId() != null) {
            parts.add(Criteria.where("ownerId").is(filter.ownerId()));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }
}
