package com.allyway.payout;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.CommissionPlan;
import com.allyway.agreement.PlanTimeline;
import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import com.allyway.shared.mongo.BatchedReads;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Payout statements per partner and period. Finance generates the period's drafts (again whenever revenue
 * changes: the same data gives the same statement), holds lines back with a reason, approves (which fixes the
 * statement) and marks it paid. Partners read their own approved and paid statements, nothing else.
 */
@Service
public class StatementService {

    static final String FINANCE = "hasRole('FINANCE')";
    static final String READERS = "hasAnyRole('FINANCE', 'FOUNDER', 'PARTNER')";
    public static final int REASON_MAX_LENGTH = 500;
    /**
     * New drafts are written in batches as the run goes: drafts of 100 lines are about 50 kB each, and holding a
     * whole period's until the end kept them alive long enough for the garbage collector to copy them around.
     */
    private static final int DRAFTS_PER_INSERT = 50;

    private final MongoTemplate mongo;
    private final PayoutInputs inputs;
    private final AgreementService agreements;
    private final RelationshipService relationships;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Period.Length periodLength;
    private final CommissionEngine engine;
    private final ApplicationEventPublisher events;

    StatementService(MongoTemplate mongo, PayoutInputs inputs, AgreementService agreements,
            RelationshipService relationships, CurrentUser currentUser, AuditLog auditLog, Clock clock,
            PayoutProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.periodLength = properties.statementPeriod();
        this.engine = new CommissionEngine(periodLength);
        this.mongo = mongo;
        this.inputs = inputs;
        this.agreements = agreements;
        this.relationships = relationships;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** How a generation run went. */
    public record Generated(int drafts, int unchanged, int alreadyApproved, List<String> problems) {
    }

    /**
     * (Re)generates the draft statement of the period containing {@code day} for every partner with revenue and an
     * accepted agreement. Approved and paid statements are left as they are. Revenue, introductions, agreements and
     * statements are each read once for the whole run (on the embedded store, a query on anything but the id reads
     * the whole collection).
     */
    @PreAuthorize(FINANCE)
    public Generated generate(LocalDate day) {
        Period period = Period.of(periodLength, day);
        CompletableFuture<Map<String, List<StatementSummary>>> stored = inputs.alongside(
                () -> StatementSummary.byRelationship(mongo));
        PayoutInputs.Inputs inputs = this.inputs.upTo(period.end());
        Run run = new Run(period, inputs, PayoutInputs.join(stored), relationships.names(inputs.revenue().keySet()));
        int drafts = 0;
        int unchanged = 0;
        int approved = 0;
        List<String> problems = new ArrayList<>();
        List<Statement> newDrafts = new ArrayList<>();
        for (String relationshipId : inputs.revenue().keySet().stream().sorted().toList()) {
            try {
                switch (generate(relationshipId, run, newDrafts)) {
                    case DRAFTED -> {
                        drafts++;
                        if (newDrafts.size() == DRAFTS_PER_INSERT) {
                            insert(newDrafts);
                            newDrafts.clear();
                        }
                    }
                    case UNCHANGED -> unchanged++;
                    case FIXED -> approved++;
                    case NO_AGREEMENT -> {
                        // an ally's revenue: no agreement, no statement
                    }
                }
            } catch (MissingExchangeRateException | IllegalArgumentException | ConcurrentChangeException problem) {
                problems.add(run.name(relationshipId) + ": " + problem.getMessage());
            }
        }
        insert(newDrafts);
        auditLog.record(AuditAction.STATEMENTS_GENERATED, period.label(), drafts + " drafts written, " + unchanged
                + " unchanged, " + approved + " already approved" + (problems.isEmpty() ? "" : "; problems: "
                + String.join("; ", problems)));
        return new Generated(drafts, unchanged, approved, List.copyOf(problems));
    }

    /** New drafts, written together; a concurrent run that wrote one of them first wins for that partner. */
    private void insert(List<Statement> drafts) {
        try {
            mongo.insertAll(drafts);
        } catch (DuplicateKeyException concurrentRun) {
            throw new ConcurrentChangeException("this period's statements", "another statement run",
                    clock.instant());
        }
    }

    private enum Outcome {
        DRAFTED, UNCHANGED, FIXED, NO_AGREEMENT
    }

    /** Everything one statement run reads, grouped by relationship. */
    private record Run(Period period, PayoutInputs.Inputs inputs, Map<String, List<StatementSummary>> statements,
            Map<String, String> names) {

        String name(String relationshipId) {
            return names.getOrDefault(relationshipId, relationshipId);
        }
    }

    private Outcome generate(String relationshipId, Run run, List<Statement> newDrafts) {
        Period period = run.period();
        PlanTimeline plans = run.inputs().plans(relationshipId);
        if (plans.isEmpty()) {
            return Outcome.NO_AGREEMENT;
        }
        List<StatementSummary> earlierAndThis = run.statements().getOrDefault(relationshipId, List.of());
        StatementSummary existing = earlierAndThis.stream().filter(each -> each.period().equals(period))
                .findFirst().orElse(null);
        if (existing != null && existing.status() != StatementStatus.DRAFT) {
            return Outcome.FIXED;
        }
        List<CommissionLine> lines = run.inputs().lines(engine, relationshipId);
        Map<String, BigDecimal> settled = settledBefore(earlierAndThis, period);
        List<CommissionLine> candidates = new ArrayList<>();
        for (CommissionLine line : lines) {
            BigDecimal earlier = settled.get(line.lineId());
            if (earlier == null) {
                candidates.add(line);
            } else if (earlier.compareTo(line.amount().amount()) != 0) {
                candidates.add(adjustment(line, earlier, period));
            }
        }
        Map<String, String> holds = existing == null ? Map.of() : existing.lines().stream()
                .filter(StatementSummary.Line::held).collect(Collectors.toMap(StatementSummary.Line::lineId,
                        StatementSummary.Line::holdReason));
        CommissionPlan plan = plans.on(period.end()).or(() -> plans.on(period.start()))
                .orElseGet(() -> plans.entries().getLast().plan());
        List<CommissionLine> notHeld = candidates.stream().filter(line -> !holds.containsKey(line.lineId())).toList();
        StatementRules.Settlement settlement = StatementRules.settle(notHeld, Set.of(), period,
                plan.minimumPayout(), plan.currency());
        List<StatementLine> statementLines = new ArrayList<>(settlement.lines().stream()
                .map(line -> new StatementLine(line, false, null)).toList());
        candidates.stream().filter(line -> holds.containsKey(line.lineId()) && !line.payableOn().isAfter(period.end()))
                .forEach(line -> statementLines.add(new StatementLine(line, true, holds.get(line.lineId()))));
        if (statementLines.isEmpty() && existing == null) {
            return Outcome.UNCHANGED;
        }
        Statement statement = new Statement(relationshipId, existing != null ? existing.partnerName()
                : run.name(relationshipId), period);
        statement.fill(statementLines, settlement.total(), settlement.carriedForward(), settlement.reason(),
                clock.instant());
        if (existing == null) {
            newDrafts.add(statement);
        } else if (statement.getContentSha256().equals(existing.contentSha256())) {
            return Outcome.UNCHANGED;
        } else {
            save(statement.replacing(existing.version()));
        }
        return Outcome.DRAFTED;
    }

    /** What statements of earlier periods settled, by line: their lines are not due again. */
    private static Map<String, BigDecimal> settledBefore(List<StatementSummary> statements, Period period) {
        Map<String, BigDecimal> settled = new HashMap<>();
        for (StatementSummary earlier : statements) {
            if (!earlier.period().end().isBefore(period.start()) || earlier.carriedForward()) {
                continue;
            }
            for (StatementSummary.Line line : earlier.lines()) {
                if (!line.held()) {
                    String original = line.lineId().replaceFirst(":adjustment:.*$", "");
                    settled.merge(original, line.amount(), BigDecimal::add);
                }
            }
        }
        return settled;
    }

    /** A settled line whose amount changed since (e.g. a late refund): the difference, in this period. */
    private static CommissionLine adjustment(CommissionLine line, BigDecimal settled, Period period) {
        BigDecimal difference = line.amount().amount().subtract(settled);
        return new CommissionLine(line.lineId() + ":adjustment:" + period.label(), line.introductionId(),
                line.eventId(), line.invoiceId(), line.rule(), line.planVersion(), line.revenue(), line.conversion(),
                line.ratePercent(), new Money(difference, line.amount().currency()), period.start(),
                period.start(), "Adjustment of an earlier statement's line: it paid "
                + new Money(settled, line.amount().currency()) + ", the line is now "
                + line.amount() + " (" + line.explanation() + ")");
    }

    /** Holds a line of a draft back until a later statement; the reason is shown on the statement. */
    @PreAuthorize(FINANCE)
    public Statement hold(String statementId, Long expectedVersion, String lineId, String reason) {
        String why = TextInput.required(reason, "reason", "Say why the line is held back.", "The reason",
                REASON_MAX_LENGTH);
        return changeLine(statementId, expectedVersion, lineId, line -> new StatementLine(line.line(), true, why),
                AuditAction.STATEMENT_LINE_HELD, why);
    }

    @PreAuthorize(FINANCE)
    public Statement release(String statementId, Long expectedVersion, String lineId) {
        return changeLine(statementId, expectedVersion, lineId, StatementLine::released,
                AuditAction.STATEMENT_LINE_RELEASED, null);
    }

    private Statement changeLine(String statementId, Long expectedVersion, String lineId,
            UnaryOperator<StatementLine> change, AuditAction action, String reason) {
        Statement statement = draft(statementId, expectedVersion);
        List<StatementLine> lines = new ArrayList<>();
        boolean found = false;
        for (StatementLine line : statement.getLines()) {
            boolean target = line.line().lineId().equals(lineId);
            found |= target;
            lines.add(target ? change.apply(line) : line);
        }
        if (!found) {
            throw new RejectedInputException("line", "This statement has no line " + lineId + ".");
        }
        List<CommissionLine> due = lines.stream().filter(line -> !line.held()).map(StatementLine::line).toList();
        CommissionPlan plan = agreements.planTimeline(statement.getRelationshipId()).on(statement.period().end())
                .orElse(null);
        StatementRules.Settlement settlement = StatementRules.settle(due, Set.of(), statement.period(),
                plan == null ? null : plan.minimumPayout(), statement.currency());
        statement.fill(lines, settlement.total(), settlement.carriedForward(), settlement.reason(), clock.instant());
        Statement saved = save(statement);
        auditLog.record(action, saved.getPartnerName() + " " + saved.getPeriodLabel(), "line " + lineId
                + (reason == null ? "" : ": " + reason));
        return saved;
    }

    /** Approves a draft: from now on it never changes, and the SHA-256 of its content is recorded. */
    @PreAuthorize(FINANCE)
    public Statement approve(String statementId, Long expectedVersion) {
        Statement statement = draft(statementId, expectedVersion);
        statement.approve(currentUser.require().displayName(), clock.instant());
        Statement saved = save(statement);
        auditLog.record(AuditAction.STATEMENT_APPROVED, saved.getPartnerName() + " " + saved.getPeriodLabel(),
                "total " + saved.getTotal() + ", SHA-256 " + saved.getSha256());
        announce(saved);
        return saved;
    }

    @PreAuthorize(FINANCE)
    public Statement markPaid(String statementId, Long expectedVersion, LocalDate paidOn, String reference) {
        Statement statement = existing(statementId);
        checkVersion(statement, expectedVersion);
        if (statement.getStatus() != StatementStatus.APPROVED) {
            throw new RejectedInputException("status", "Only an approved statement can be marked paid; this one is "
                    + statement.getStatus().label().toLowerCase() + ".");
        }
        if (statement.isCarriedForward()) {
            throw new RejectedInputException("status", "Nothing is paid on this statement: " + statement
                    .getCarryReason());
        }
        if (paidOn == null) {
            throw new RejectedInputException("paidOn", "Enter the payment date.");
        }
        String validReference = TextInput.required(reference, "reference", "Enter the payment's reference.",
                "The reference", 120);
        statement.paid(paidOn, validReference);
        Statement saved = save(statement);
        auditLog.record(AuditAction.STATEMENT_PAID, saved.getPartnerName() + " " + saved.getPeriodLabel(),
                saved.getTotal() + " paid on " + paidOn + ", reference " + validReference);
        announce(saved);
        return saved;
    }

    private void announce(Statement statement) {
        events.publishEvent(new StatementStatusChanged(statement.getId(), statement.getRelationshipId(),
                statement.getPeriodLabel(), statement.getStatus(), statement.payable(), statement.getPaidOn(),
                statement.getPaymentReference(), clock.instant()));
    }

    /** Finance and founders: every statement of a period; partners: their own approved and paid ones. */
    @PreAuthorize(READERS)
    public List<Statement> list(LocalDate dayInPeriod) {
        AllywayUser user = currentUser.require();
        Criteria criteria = user.isInternal()
                ? Criteria.where("periodLabel").is(Period.of(periodLength, dayInPeriod).label())
                : Criteria.where("relationshipId").is(user.organizationId()).and("status")
                        .in(StatementStatus.APPROVED, StatementStatus.PAID);
        return mongo.find(Query.query(criteria).with(Sort.by("partnerName", "periodLabel")), Statement.class);
    }

    /** The latest {@code count} statement periods, newest first: what finance can pick from. */
    @PreAuthorize(READERS)
    public List<Period> recentPeriods(LocalDate today, int count) {
        List<Period> periods = new ArrayList<>();
        Period period = Period.of(periodLength, today);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = Period.of(periodLength, period.start().minusDays(1));
        }
        return List.copyOf(periods);
    }

    @PreAuthorize(READERS)
    public Optional<Statement> find(String id) {
        Statement statement = id == null ? null : mongo.findById(id, Statement.class);
        AllywayUser user = currentUser.require();
        if (statement == null || !user.isInternal() && !(statement.getRelationshipId().equals(user.organizationId())
                && statement.getStatus() != StatementStatus.DRAFT)) {
            return Optional.empty();
        }
        return Optional.of(statement);
    }

    private Statement draft(String statementId, Long expectedVersion) {
        Statement statement = existing(statementId);
        if (statement.getStatus() != StatementStatus.DRAFT) {
            throw new RejectedInputException("status", "This statement is " + statement.getStatus().label()
                    .toLowerCase() + " and cannot change; corrections go into the next period's statement.");
        }
        checkVersion(statement, expectedVersion);
        return statement;
    }

    private Statement existing(String statementId) {
        if (!currentUser.require().isInternal()) {
            throw new AccessDeniedException("Only finance works on statements.");
        }
        return find(statementId).orElseThrow(() -> new RejectedInputException("statement",
                "This statement does not exist."));
    }

    private static void checkVersion(Statement statement, Long expectedVersion) {
        if (!Objects.equals(statement.getVersion(), expectedVersion)) {
            throw new ConcurrentChangeException("this statement", "somebody", statement.getGeneratedAt());
        }
    }

    private Statement save(Statement statement) {
        try {
            return mongo.save(statement);
        } catch (OptimisticLockingFailureException raced) {
            Statement current = mongo.findById(statement.getId(), Statement.class);
            throw new ConcurrentChangeException("this statement", "somebody", current == null ? clock.instant()
                    : current.getGeneratedAt());
        }
    }
}
