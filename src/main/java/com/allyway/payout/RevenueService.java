package com.allyway.payout;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.security.CurrentUser;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.mongo.BatchedReads;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Revenue of won introductions, recorded by finance or staff one at a time or imported from a CSV file. An import
 * is checked whole before anything is stored: one bad row and nothing is imported, with every bad row named.
 * Recording the same invoice again is harmless: it is found, never added twice.
 */
@Service
public class RevenueService {

    static final String RECORDERS = "hasAnyRole('FINANCE', 'STAFF')";
    static final String READERS = "hasAnyRole('FINANCE', 'FOUNDER', 'STAFF')";

    private final MongoTemplate mongo;
    private final IntroductionService introductions;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    RevenueService(MongoTemplate mongo, IntroductionService introductions, CurrentUser currentUser,
            AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.introductions = introductions;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What an import did: rows added, and rows that were already recorded exactly so. */
    public record ImportResult(int added, int alreadyRecorded) {
    }

    /** Records one payment or refund typed into the form. */
    @PreAuthorize(RECORDERS)
    public ImportResult record(RevenueEntry entry) {
        try {
            return store(List.of(new RevenueCsv.Row(1, entry)), "form");
        } catch (RevenueImportRejectedException rejected) {
            RowProblem problem = rejected.problems().getFirst();
            throw new RejectedInputException(problem.column(), capitalized(problem.reason()));
        }
    }

    /**
     * Imports a CSV file (see {@link RevenueCsv} for its columns).
     *
     * @throws RevenueImportRejectedException listing every bad row; nothing was stored
     */
    @PreAuthorize(RECORDERS)
    public ImportResult importCsv(String fileName, byte[] content) {
        RevenueCsv.Parsed parsed;
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content),
                StandardCharsets.UTF_8)) {
            parsed = RevenueCsv.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!parsed.problems().isEmpty()) {
            List<RowProblem> all = new ArrayList<>(parsed.problems());
            all.addAll(check(parsed.rows()).problems());
            all.sort(java.util.Comparator.comparingInt(RowProblem::row));
            throw new RevenueImportRejectedException(all);
        }
        return store(parsed.rows(), "import of " + fileName);
    }

    /** A relationship's revenue, oldest first. */
    @PreAuthorize(READERS)
    public List<RecordedRevenue> forRelationship(String relationshipId) {
        return mongo.find(Query.query(Criteria.where("relationshipId").is(relationshipId))
                .with(Sort.by("on", "id")), RecordedRevenue.class);
    }

    /**
     * Every revenue event on or before a day, by relationship: what one statement run needs. A run reads tens of
     * thousands of events, so only the fields the engine uses are read, straight from the stored documents.
     */
    @PreAuthorize(READERS)
    public Map<String, List<RevenueEvent>> eventsUpTo(LocalDate day) {
        Query query = Query.query(Criteria.where("on").lte(day));
        query.fields().include("relationshipId", "introductionId", "kind", "reference", "invoiceId", "amount", "on");
        ConversionService stored = mongo.getConverter().getConversionService();
        Map<String, List<RevenueEvent>> byRelationship = new HashMap<>();
        for (Document raw : BatchedReads.all(mongo, query, Document.class, RecordedRevenue.COLLECTION, 50_000)) {
            Document amount = raw.get("amount", Document.class);
            RevenueEvent event = new RevenueEvent(raw.getString("reference"), raw.getString("introductionId"),
                    RevenueEvent.Kind.valueOf(raw.getString("kind")), raw.getString("invoiceId"),
                    new Money(stored.convert(amount.get("amount"), BigDecimal.class),
                            Currency.getInstance(amount.getString("currency"))),
                    stored.convert(raw.get("on"), LocalDate.class));
            byRelationship.computeIfAbsent(raw.getString("relationshipId"), id -> new ArrayList<>()).add(event);
        }
        return byRelationship;
    }

    /** All revenue, newest first, for finance's list. */
    @PreAuthorize(READERS)
    public List<RecordedRevenue> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "recordedAt")).limit(limit),
                RecordedRevenue.class);
    }

    private ImportResult store(List<RevenueCsv.Row> rows, String source) {
        Checked checked = check(rows);
        if (!checked.problems().isEmpty()) {
            throw new RevenueImportRejectedException(checked.problems());
        }
        String by = currentUser.require().displayName();
        Instant now = clock.instant();
        int added = 0;
        for (RecordedRevenue record : checked.toStore()) {
            try {
                mongo.insert(new RecordedRevenue(record.id(), record.relationshipId(), record.introductionId(),
                        record.prospect(), record.kind(), record.reference(), record.invoiceId(), record.amount(),
                        record.on(), now, by, source));
                added++;
            } catch (DuplicateKeyException recordedMeanwhile) {
                // the same event arrived through another import a moment ago: still recorded once
            }
        }
        if (added > 0) {
            auditLog.record(AuditAction.REVENUE_RECORDED, source, added + " revenue events recorded, "
                    + (rows.size() - added) + " already recorded");
        }
        return new ImportResult(added, rows.size() - added);
    }

    private record Checked(List<RecordedRevenue> toStore, List<RowProblem> problems) {
    }

    /**
     * Checks rows against the introductions and what is recorded: the introduction is won, the same reference
     * is not recorded with other values, a refund refunds a recorded (or imported in the same file) payment of the
     * same introduction, in its currency, and refunds never add up to more than the invoice.
     */
    private Checked check(List<RevenueCsv.Row> rows) {
        List<RowProblem> problems = new ArrayList<>();
        List<RecordedRevenue> toStore = new ArrayList<>();
        Map<String, RecordedRevenue> inFile = new HashMap<>();
        Map<String, Optional<Introduction>> introductionsById = new HashMap<>();
        Map<String, BigDecimal> refundedInFile = new HashMap<>();
        for (RevenueCsv.Row row : rows) {
            RevenueEntry entry = row.entry();
            Optional<Introduction> introduction = introductionsById.computeIfAbsent(entry.introductionId(),
                    introductions::find);
            if (introduction.isEmpty()) {
                problems.add(new RowProblem(row.number(), "introduction", "no introduction " + entry.introductionId()));
                continue;
            }
            if (introduction.get().getStatus() != IntroductionStatus.WON) {
                problems.add(new RowProblem(row.number(), "introduction", introduction.get().getProspectCompany()
                        + " is " + introduction.get().getStatus().label().toLowerCase() + ", not won"));
                continue;
            }
            RecordedRevenue earlier = Optional.ofNullable(inFile.get(entry.key()))
                    .orElseGet(() -> mongo.findById(entry.key(), RecordedRevenue.class));
            if (earlier != null) {
                if (!earlier.sameAs(entry)) {
                    problems.add(new RowProblem(row.number(), entry.kind() == RevenueEvent.Kind.PAYMENT ? "invoice"
                            : "refund", entry.reference() + " is already recorded differently (" + earlier.describe()
                            + ")"));
                }
                continue;
            }
            if (entry.kind() == RevenueEvent.Kind.REFUND) {
                String problem = refundProblem(entry, inFile, refundedInFile);
                if (problem != null) {
                    problems.add(new RowProblem(row.number(), "invoice", problem));
                    continue;
                }
            }
            RecordedRevenue record = new RecordedRevenue(entry.key(), introduction.get().getRelationshipId(),
                    entry.introductionId(), introduction.get().getProspectCompany(), entry.kind(), entry.reference(),
                    entry.invoiceId(), entry.amount(), entry.on(), null, null, null);
            inFile.put(entry.key(), record);
            toStore.add(record);
        }
        return new Checked(toStore, problems);
    }

    private String refundProblem(RevenueEntry refund, Map<String, RecordedRevenue> inFile,
            Map<String, BigDecimal> refundedInFile) {
        String paymentKey = "payment:" + refund.invoiceId();
        RecordedRevenue payment = Optional.ofNullable(inFile.get(paymentKey))
                .orElseGet(() -> mongo.findById(paymentKey, RecordedRevenue.class));
        if (payment == null) {
            return "invoice " + refund.invoiceId() + " has no recorded payment to refund";
        }
        if (!payment.introductionId().equals(refund.introductionId())) {
            return "invoice " + refund.invoiceId() + " belongs to introduction " + payment.introductionId();
        }
        if (!payment.amount().currency().equals(refund.amount().currency())) {
            return "invoice " + refund.invoiceId() + " was paid in " + payment.amount().currency()
                    + "; refund it in the same currency";
        }
        BigDecimal refundedBefore = mongo.find(Query.query(Criteria.where("invoiceId").is(refund.invoiceId())
                        .and("kind").is(RevenueEvent.Kind.REFUND)), RecordedRevenue.class).stream()
                .map(each -> each.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal refunded = refundedBefore.add(refundedInFile.getOrDefault(refund.invoiceId(), BigDecimal.ZERO))
                .add(refund.amount().amount());
        if (refunded.compareTo(payment.amount().amount()) > 0) {
            return "refunds of invoice " + refund.invoiceId() + " would add up to "
                    + new Money(refunded, payment.amount().currency()) + ", more than its " + payment.amount();
        }
        refundedInFile.merge(refund.invoiceId(), refund.amount().amount(), BigDecimal::add);
        return null;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
