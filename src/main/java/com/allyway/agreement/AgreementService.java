package com.allyway.agreement;

import com.allyway.agreement.pdf.AgreementPdfWriter;
import com.allyway.agreement.pdf.AgreementSigner;
import com.allyway.agreement.pdf.SigningKey;
import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.audit.FieldChange;
import com.allyway.relationship.FormalizationAdvice;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.AgreementAccepted;
import com.allyway.shared.AllywayProperties;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Agreements from draft to signed PDF: staff or finance draft and submit, a founder other than the drafters
 * approves (which signs the PDF with the company's key) or asks for changes, and the partner's users accept it,
 * which adds their signature and makes the relationship a referral partner. Partner users only ever see signed
 * agreements of their own organization.
 */
@Service
public class AgreementService {

    private static final Logger log = LoggerFactory.getLogger(AgreementService.class);

    static final String INTERNAL = "hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')";
    static final String DRAFTERS = "hasAnyRole('STAFF', 'FINANCE')";
    static final String READERS = "hasAnyRole('PARTNER', 'STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')";
    private static final String NUMBERS = "agreement_numbers";
    public static final int COMMENT_MAX_LENGTH = 4000;
    public static final int SIGNATORY_MAX_LENGTH = 120;

    private final MongoTemplate mongo;
    private final AgreementTemplateService templates;
    private final RelationshipService relationships;
    private final AgreementFiles files;
    private final CompanySigningKeys keys;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String companyName;
    private final ApplicationEventPublisher events;
    private final AgreementPdfWriter writer = new AgreementPdfWriter();
    private final AgreementSigner signer = new AgreementSigner();

    AgreementService(MongoTemplate mongo, AgreementTemplateService templates, RelationshipService relationships,
            AgreementFiles files, CompanySigningKeys keys, CurrentUser currentUser, AuditLog auditLog, Clock clock,
            AllywayProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.templates = templates;
        this.relationships = relationships;
        this.files = files;
        this.keys = keys;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.companyName = properties.companyName();
    }

    /**
     * Starts a draft. When the advice is to stay an ally, a written reason is required; it is stored with the
     * draft and in the audit trail.
     */
    @PreAuthorize(DRAFTERS)
    public Agreement startDraft(String relationshipId, AgreementDraft draft, String reasonAgainstAdvice) {
        Relationship relationship = relationships.find(relationshipId).orElseThrow(
                () -> new RejectedInputException("relationship", "This relationship does not exist."));
        FormalizationAdvice advice = relationships.advice(relationshipId);
        String reason = TextInput.optional(reasonAgainstAdvice, "reason", "The reason", COMMENT_MAX_LENGTH);
        if (advice.agreementNeedsReason() && reason == null) {
            throw new RejectedInputException("reason", "The advice is to keep " + relationship.getName()
                    + " as an ally. Write down why an agreement is needed anyway.");
        }
        AgreementTemplate template = checked(draft);
        AllywayUser user = currentUser.require();
        Instant now = clock.instant();
        Agreement agreement = new Agreement(relationshipId, relationship.getName(), template, checkedSignatory(draft),
                advice.level().label(), advice.agreementNeedsReason() ? reason : null, user.id(), user.displayName(),
                now);
        String againstAdvice = agreement.getReasonAgainstAdvice();
        agreement.addToThread(new AgreementComment(now, user.id(), user.displayName(), "Drafted",
                againstAdvice == null ? null : "Reason for an agreement against the advice: " + againstAdvice));
        Agreement saved = mongo.insert(agreement);
        auditLog.recordChanges(AuditAction.AGREEMENT_DRAFTED, saved.title(), "agreement " + saved.getId()
                + (againstAdvice == null ? "" : "; reason against the advice (" + advice.level().label() + "): "
                + againstAdvice), FieldChange.between(Map.of(), saved.auditedFields()));
        return saved;
    }

    /** What a drafter sees before starting: the partner's name and the formalization advice. */
    @PreAuthorize(DRAFTERS)
    public DraftingAdvice draftingAdvice(String relationshipId) {
        Relationship relationship = relationships.find(relationshipId).orElseThrow(
                () -> new RejectedInputException("relationship", "This relationship does not exist."));
        return new DraftingAdvice(relationship.getId(), relationship.getName(), relationships.advice(relationshipId));
    }

    /** Changes a draft's terms. Whoever changes them may not approve them. */
    @PreAuthorize(DRAFTERS)
    public Agreement updateDraft(String id, Long expectedVersion, AgreementDraft draft) {
        Agreement agreement = internal(id);
        requireStatus(agreement, agreement.getStatus().editable(), "changed");
        checkVersion(agreement, expectedVersion);
        AgreementTemplate template = checked(draft);
        AllywayUser user = currentUser.require();
        Map<String, String> before = agreement.auditedFields();
        agreement.applyDraft(template, checkedSignatory(draft), user.id(), user.displayName(), clock.instant());
        Agreement saved = save(agreement);
        auditLog.recordChanges(AuditAction.AGREEMENT_DRAFT_CHANGED, saved.title(), "agreement " + id,
                FieldChange.between(before, saved.auditedFields()));
        return saved;
    }

    @PreAuthorize(DRAFTERS)
    public Agreement submit(String id, Long expectedVersion) {
        Agreement submitted = step(id, expectedVersion, AgreementStatus.SUBMITTED, "Submitted for approval", null,
                AuditAction.AGREEMENT_SUBMITTED, agreement -> agreement.getStatus().editable(), "submitted");
        events.publishEvent(new AgreementStepTaken(submitted.getId(), submitted.getRelationshipId(),
                submitted.title(), AgreementStatus.SUBMITTED, currentUser.require().id()));
        return submitted;
    }

    /** Sends a submitted draft back to its drafters; the comment says what to change. */
    @PreAuthorize("hasRole('FOUNDER')")
    public Agreement requestChanges(String id, Long expectedVersion, String comment) {
        String text = TextInput.required(comment, "comment", "Say what should change.", "The comment",
                COMMENT_MAX_LENGTH);
        return step(id, expectedVersion, AgreementStatus.CHANGES_REQUESTED, "Changes requested", text,
                AuditAction.AGREEMENT_CHANGES_REQUESTED,
                agreement -> agreement.getStatus() == AgreementStatus.SUBMITTED, "sent back");
    }

    /** A comment in the draft's thread, for staff, finance and founders. */
    @PreAuthorize(INTERNAL)
    public Agreement comment(String id, String comment) {
        String text = TextInput.required(comment, "comment", "Write a comment first.", "The comment",
                COMMENT_MAX_LENGTH);
        Agreement agreement = internal(id);
        AllywayUser user = currentUser.require();
        // A push with a new version: whoever still has the older copy open cannot save over the comment.
        Instant now = clock.instant();
        AgreementComment entry = new AgreementComment(now, user.id(), user.displayName(), "Comment", text);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("thread", entry)
                .inc("version", 1).set("lastChangedBy", user.displayName()).set("lastChangedAt", now),
                Agreement.class);
        auditLog.record(AuditAction.AGREEMENT_COMMENTED, agreement.title(), "agreement " + id + ": " + text);
        return internal(id);
    }

    /**
     * Approves a submitted draft: numbers it, renders the PDF from the template version and the plan, certifies it
     * with the company's key, stores it in GridFS with its SHA-256, and fixes the agreement. Refused for anybody
     * who drafted or changed it.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    public Agreement approve(String id, Long expectedVersion) {
        Agreement agreement = internal(id);
        AllywayUser founder = currentUser.require();
        FourEyesPolicy.checkApprover(founder.id(), agreement.getEditorIds());
        requireStatus(agreement, agreement.getStatus() == AgreementStatus.SUBMITTED, "approved");
        checkVersion(agreement, expectedVersion);
        AgreementTemplate template = templates.find(agreement.getTemplateId())
                .orElseThrow(AgreementTemplateService::unknownTemplate);
        SigningKey key = keys.key();
        int number = claimNextNumber(agreement.getRelationshipId());
        String fileId = null;
        Agreement saved;
        try {
            Instant now = clock.instant();
            CommissionPlan plan = agreement.getPlan().withVersion(number);
            byte[] pdf = signer.certify(writer.write(AgreementRendering.text(template, agreement, number, plan,
                    companyName, founder.displayName())), key, founder.displayName(), companyName, now);
            fileId = files.store(fileName(agreement, number, "signed"), pdf, id, "signed");
            agreement.approved(number, plan, founder.id(), founder.displayName(), now, fileId,
                    AgreementFiles.sha256(pdf), key.demo());
            agreement.addToThread(new AgreementComment(now, founder.id(), founder.displayName(),
                    "Approved and signed", null));
            saved = mongo.save(agreement);
        } catch (RuntimeException failed) {
            // Nothing half-done stays behind: the number is free again and no unused file is kept.
            if (fileId != null) {
                files.delete(fileId);
            }
            releaseNumber(agreement.getRelationshipId(), number);
            if (failed instanceof OptimisticLockingFailureException) {
                throw changedMeanwhile(internal(id));
            }
            throw failed;
        }
        auditLog.record(AuditAction.AGREEMENT_APPROVED, saved.title(), "agreement " + id + ", SHA-256 "
                + saved.getSignedSha256() + (key.demo() ? ", signed with the DEMO key" : ""));
        events.publishEvent(new AgreementStepTaken(saved.getId(), saved.getRelationshipId(), saved.title(),
                AgreementStatus.APPROVED, founder.id()));
        return saved;
    }

    /**
     * The partner accepts a signed agreement: the accepted PDF gets the partner's approval signature as an
     * incremental update, the acceptance records name, time and IP address, earlier accepted agreements are
     * superseded from this one's start date, and the relationship becomes a referral partner.
     */
    @PreAuthorize("hasRole('PARTNER')")
    public Agreement accept(String id, Long expectedVersion, String ipAddress) {
        AllywayUser user = currentUser.require();
        Agreement agreement = visible(id);
        requireStatus(agreement, agreement.getStatus() == AgreementStatus.APPROVED, "accepted");
        checkVersion(agreement, expectedVersion);
        String ip = ipAddress == null || ipAddress.isBlank() ? "an unknown address" : ipAddress.strip();
        Instant now = clock.instant();
        SigningKey key;
        try {
            key = keys.key();
        } catch (SigningUnavailableException noKey) {
            // The details (paths, settings) are for the operator's log, not for the partner's screen.
            log.error("A partner could not accept {}: {}", agreement.title(), noKey.getMessage());
            throw new SigningUnavailableException("Accepting is not possible at the moment because our signing key"
                    + " is unavailable. Please try again later or tell your contact at " + companyName + ".");
        }
        byte[] acceptedPdf = signer.accept(files.read(agreement.getSignedPdfId()), key, user.displayName(),
                agreement.getPartnerName(), ip, now);
        String fileId = files.store(fileName(agreement, agreement.getNumber(), "accepted"), acceptedPdf, id,
                "accepted");
        agreement.accepted(user.id(), user.displayName(), ip, now, fileId, AgreementFiles.sha256(acceptedPdf));
        Agreement saved;
        try {
            saved = mongo.save(agreement);
        } catch (OptimisticLockingFailureException raced) {
            files.delete(fileId);
            throw changedMeanwhile(mongo.findById(id, Agreement.class));
        }
        auditLog.record(AuditAction.AGREEMENT_ACCEPTED, saved.title(), "agreement " + id + ", accepted by "
                + user.displayName() + " from " + ip + ", SHA-256 " + saved.getAcceptedSha256());
        try {
            supersedeEarlier(saved, now);
            events.publishEvent(new AgreementAccepted(saved.getRelationshipId(),
                    saved.title() + " accepted by " + user.displayName()));
        } catch (RuntimeException followUpFailed) {
            // The acceptance itself is stored and signed, so the partner is told it worked; the operator's log
            // says what to finish by hand (the relationship's type, an earlier agreement's status).
            log.error("Accepted {}, but updating the earlier agreements or the relationship failed", saved.title(),
                    followUpFailed);
        }
        return saved;
    }

    /** An agreement, if the user may see it: internal users any, partner users their organization's signed ones. */
    @PreAuthorize(READERS)
    public Optional<Agreement> find(String id) {
        Agreement agreement = id == null ? null : mongo.findById(id, Agreement.class);
        if (agreement == null || !mayRead(agreement)) {
            return Optional.empty();
        }
        return Optional.of(agreement);
    }

    /**
     * Agreements the user may see, newest first: for internal users, those in {@code statuses} (all when empty);
     * for partner users, their organization's signed ones.
     */
    @PreAuthorize(READERS)
    public List<Agreement> list(List<AgreementStatus> statuses) {
        AllywayUser user = currentUser.require();
        Criteria criteria = user.isInternal()
                ? statuses.isEmpty() ? new Criteria() : Criteria.where("status").in(statuses)
                : Criteria.where("relationshipId").is(user.organizationId()).and("status")
                        .in(List.of(AgreementStatus.APPROVED, AgreementStatus.ACCEPTED, AgreementStatus.SUPERSEDED));
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")), Agreement.class);
    }

    /** A relationship's agreements, newest first: its agreement history. */
    @PreAuthorize(INTERNAL)
    public List<Agreement> history(String relationshipId) {
        return mongo.find(Query.query(Criteria.where("relationshipId").is(relationshipId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), Agreement.class);
    }

    /** The agreement that governs a relationship on a day, if any: what payouts compute with. */
    @PreAuthorize(INTERNAL)
    public Optional<Agreement> inForce(String relationshipId, LocalDate day) {
        List<Agreement> accepted = history(relationshipId).stream()
                .filter(agreement -> agreement.getAcceptedAt() != null).toList();
        return timelineOf(accepted).entryOn(day).flatMap(chosen -> accepted.stream()
                .filter(agreement -> agreement.getId().equals(chosen.agreementId())).findFirst());
    }

    /** Every relationship's accepted plans, read at once: what one statement run needs. */
    @PreAuthorize(INTERNAL)
    public Map<String, PlanTimeline> planTimelines() {
        Map<String, PlanTimeline> timelines = new HashMap<>();
        mongo.find(Query.query(Criteria.where("acceptedAt").ne(null)), Agreement.class).stream()
                .collect(Collectors.groupingBy(Agreement::getRelationshipId))
                .forEach((id, accepted) -> timelines.put(id, timelineOf(accepted)));
        return timelines;
    }

    /** Every accepted plan of a relationship, for the payout engine. */
    @PreAuthorize(INTERNAL)
    public PlanTimeline planTimeline(String relationshipId) {
        return timelineOf(history(relationshipId).stream().filter(agreement -> agreement.getAcceptedAt() != null)
                .toList());
    }

    private static PlanTimeline timelineOf(List<Agreement> accepted) {
        return new PlanTimeline(accepted.stream().map(agreement -> new PlanTimeline.Entry(agreement.getId(),
                agreement.getNumber(), agreement.getPlan())).toList());
    }

    /** The PDF to download: the accepted one once the partner accepted, else the company-signed one. */
    @PreAuthorize(READERS)
    public AgreementPdf pdf(String id) {
        Agreement agreement = visible(id);
        if (!agreement.getStatus().signed()) {
            throw new RejectedInputException("agreement", "This agreement is not signed yet.");
        }
        boolean accepted = agreement.getAcceptedPdfId() != null;
        byte[] bytes = files.read(accepted ? agreement.getAcceptedPdfId() : agreement.getSignedPdfId());
        return new AgreementPdf(fileName(agreement, agreement.getNumber(), accepted ? "accepted" : "signed"), bytes);
    }

    /** Whether approvals sign with the self-signed demo key (shown as a warning on agreement pages). */
    @PreAuthorize(READERS)
    public boolean signsWithDemoKey() {
        return keys.demo();
    }

    /** The agreement whose signed or accepted PDF has this SHA-256, if the user may see it. */
    @PreAuthorize(READERS)
    public Optional<AgreementMatch> matchByHash(String sha256) {
        for (boolean acceptedCopy : new boolean[] {true, false}) {
            Agreement found = mongo.findOne(Query.query(Criteria.where(acceptedCopy ? "acceptedSha256"
                    : "signedSha256").is(sha256)), Agreement.class);
            if (found != null && mayRead(found)) {
                return Optional.of(new AgreementMatch(found, acceptedCopy));
            }
        }
        return Optional.empty();
    }

    private Agreement step(String id, Long expectedVersion, AgreementStatus next, String stepName, String text,
            AuditAction action, Predicate<Agreement> allowed, String verb) {
        Agreement agreement = internal(id);
        requireStatus(agreement, allowed.test(agreement), verb);
        checkVersion(agreement, expectedVersion);
        AllywayUser user = currentUser.require();
        Instant now = clock.instant();
        agreement.moveTo(next, user.displayName(), now);
        agreement.addToThread(new AgreementComment(now, user.id(), user.displayName(), stepName, text));
        Agreement saved = save(agreement);
        auditLog.record(action, saved.title(), "agreement " + id + (text == null ? "" : ": " + text));
        return saved;
    }

    private void supersedeEarlier(Agreement accepted, Instant now) {
        for (Agreement earlier : history(accepted.getRelationshipId())) {
            if (earlier.getStatus() == AgreementStatus.ACCEPTED && !earlier.getId().equals(accepted.getId())
                    && earlier.getPlan().startsOn().isBefore(accepted.getPlan().startsOn())) {
                earlier.supersededBy(accepted, now);
                try {
                    mongo.save(earlier);
                    auditLog.record(AuditAction.AGREEMENT_SUPERSEDED, earlier.title(), "superseded by "
                            + accepted.title() + " from " + accepted.getPlan().startsOn());
                } catch (OptimisticLockingFailureException raced) {
                    // only acceptance changes an accepted agreement; a concurrent one supersedes it itself
                }
            }
        }
    }

    /** Numbers are claimed in their own collection, keyed by relationship and number: no two agreements share one. */
    private int claimNextNumber(String relationshipId) {
        int next = (int) mongo.count(Query.query(Criteria.where("relationshipId").is(relationshipId)), NUMBERS) + 1;
        for (int attempt = 0; attempt < 20; attempt++, next++) {
            try {
                mongo.insert(new Document("_id", relationshipId + ":" + next).append("relationshipId", relationshipId),
                        NUMBERS);
                return next;
            } catch (DuplicateKeyException taken) {
                // another approval for this partner took it a moment ago: try the next number
            }
        }
        throw new IllegalStateException("Could not number the agreement: too many approvals at once.");
    }

    private void releaseNumber(String relationshipId, int number) {
        mongo.remove(Query.query(Criteria.where("_id").is(relationshipId + ":" + number)), NUMBERS);
    }

    private AgreementTemplate checked(AgreementDraft draft) {
        if (draft == null || draft.plan() == null) {
            throw new RejectedInputException("plan", "Fill in the commission plan.");
        }
        return templates.find(draft.templateId()).orElseThrow(AgreementTemplateService::unknownTemplate);
    }

    private static AgreementDraft checkedSignatory(AgreementDraft draft) {
        String name = TextInput.required(draft.partnerSignatoryName(), "partnerSignatoryName",
                "Enter who signs for the partner.", "The name", SIGNATORY_MAX_LENGTH);
        String title = TextInput.optional(draft.partnerSignatoryTitle(), "partnerSignatoryTitle", "The title",
                SIGNATORY_MAX_LENGTH);
        return new AgreementDraft(draft.templateId(), draft.plan(), name, title);
    }

    private Agreement internal(String id) {
        if (!currentUser.require().isInternal()) {
            throw new AccessDeniedException("Only staff work on agreement drafts.");
        }
        return visible(id);
    }

    private Agreement visible(String id) {
        return find(id).orElseThrow(() -> new RejectedInputException("agreement", "This agreement does not exist."));
    }

    private boolean mayRead(Agreement agreement) {
        AllywayUser user = currentUser.require();
        return user.isInternal() || user.hasRole(Role.PARTNER)
                && agreement.getRelationshipId().equals(user.organizationId()) && agreement.getStatus().signed();
    }

    private Agreement save(Agreement agreement) {
        try {
            return mongo.save(agreement);
        } catch (OptimisticLockingFailureException raced) {
            throw changedMeanwhile(internal(agreement.getId()));
        }
    }

    private static void requireStatus(Agreement agreement, boolean allowed, String verb) {
        if (!allowed) {
            throw new RejectedInputException("status", agreement.title() + " is \""
                    + agreement.getStatus().label().toLowerCase(Locale.ROOT) + "\" and cannot be " + verb
                    + " now.");
        }
    }

    private static void checkVersion(Agreement agreement, Long expectedVersion) {
        if (!Objects.equals(agreement.getVersion(), expectedVersion)) {
            throw changedMeanwhile(agreement);
        }
    }

    private static ConcurrentChangeException changedMeanwhile(Agreement current) {
        return new ConcurrentChangeException("this agreement", current.getLastChangedBy(), current.getLastChangedAt());
    }

    private static String fileName(Agreement agreement, Integer number, String kind) {
        String partner = agreement.getPartnerName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "agreement-" + number + "-" + partner + "-" + kind + ".pdf";
    }
}
