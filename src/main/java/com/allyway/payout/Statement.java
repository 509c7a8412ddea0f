package com.allyway.payout;

import com.allyway.shared.Money;
import com.allyway.shared.Sha256Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a partner earned in one period: its lines, their total, and whether it is paid now or carried forward.
 * Generated as a DRAFT (again and again, with the same result for the same data), then APPROVED by finance, which
 * fixes it and records the SHA-256 of its content, then PAID.
 */
@Document(Statement.COLLECTION)
public class Statement {

    static final String COLLECTION = "statements";

    /** "{relationshipId}:{period label}": one statement per partner and period. */
    @Id
    private String id;
    private String relationshipId;
    private String partnerName;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String periodLabel;
    private StatementStatus status;
    private List<StatementLine> lines;
    private Money total;
    private boolean carriedForward;
    private String carryReason;
    private Instant generatedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String sha256;
    /** {@link #fingerprint()} as last generated: a run compares it to tell an unchanged draft without its lines. */
    private String contentSha256;
    private LocalDate paidOn;
    private String paymentReference;
    @Version
    private Long version;

    protected Statement() {
        // for Spring Data
    }

    Statement(String relationshipId, String partnerName, Period period) {
        this.id = relationshipId + ":" + period.label();
        this.relationshipId = relationshipId;
        this.partnerName = partnerName;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.periodLabel = period.label();
        this.status = StatementStatus.DRAFT;
    }

    /** @return whether anything changed (regenerating unchanged data leaves the draft as it was) */
    boolean fill(List<StatementLine> newLines, Money newTotal, boolean newCarriedForward, String newCarryReason,
            Instant at) {
        if (newLines.equals(lines) && newTotal.equals(total) && newCarriedForward == carriedForward) {
            return false;
        }
        lines = List.copyOf(newLines);
        total = newTotal;
        carriedForward = newCarriedForward;
        carryReason = newCarryReason;
        generatedAt = at;
        contentSha256 = fingerprint();
        return true;
    }

    /** This statement replaces the stored draft that has {@code storedVersion} (a lost race fails the save). */
    Statement replacing(Long storedVersion) {
        version = storedVersion;
        return this;
    }

    void approve(String by, Instant at) {
        status = StatementStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        sha256 = contentHash();
    }

    void paid(LocalDate on, String reference) {
        status = StatementStatus.PAID;
        paidOn = on;
        paymentReference = reference;
    }

    /**
     * SHA-256 over everything a draft holds, every field of every line included: a regenerated draft with the same
     * fingerprint is the same draft. (The approval hash, {@link #contentHash()}, covers what the statement says.)
     * {@code StatementTest} checks that a change in any field of a line changes it.
     */
    String fingerprint() {
        Sha256Text text = heading(new Sha256Text());
        for (StatementLine each : lines) {
            CommissionLine line = each.line();
            text.add(line.lineId()).add('|').add(line.introductionId()).add('|').add(line.eventId()).add('|')
                    .add(line.invoiceId()).add('|').add(line.rule()).add('|').add(line.planVersion()).add('|')
                    .add(line.revenue()).add('|').add(line.conversion()).add('|').add(line.ratePercent()).add('|')
                    .add(line.amount()).add('|').add(line.earnedOn()).add('|').add(line.payableOn()).add('|')
                    .add(line.explanation()).add('|').add(each.held()).add('|').add(each.holdReason()).add('\n');
        }
        return closing(text).add('\n').add(carryReason).hex();
    }

    /**
     * SHA-256 over the statement's content in a fixed text form: "{id}\n{partner}\n{start}..{end}\n", a line
     * "{lineId}|{amount}|{due or held: reason}|{explanation}\n" for each line, then "{total} payable" or
     * "{total} carried forward".
     */
    public String contentHash() {
        Sha256Text text = heading(new Sha256Text());
        for (StatementLine line : lines) {
            text.add(line.line().lineId()).add('|').add(line.line().amount()).add('|');
            if (line.held()) {
                text.add("held: ").add(line.holdReason());
            } else {
                text.add("due");
            }
            text.add('|').add(line.line().explanation()).add('\n');
        }
        return closing(text).hex();
    }

    private Sha256Text heading(Sha256Text text) {
        return text.add(id).add('\n').add(partnerName).add('\n').add(periodStart).add("..").add(periodEnd).add('\n');
    }

    private Sha256Text closing(Sha256Text text) {
        return text.add(total).add(carriedForward ? " carried forward" : " payable");
    }

    /** What the partner is paid now: the total, unless it carries forward. */
    public Money payable() {
        return carriedForward ? new Money(BigDecimal.ZERO, total.currency()) : total;
    }

    public Period period() {
        return new Period(periodStart, periodEnd);
    }

    public String getId() {
        return id;
    }

    public String getRelationshipId() {
        return relationshipId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public List<StatementLine> getLines() {
        return lines;
    }

    public Money getTotal() {
        return total;
    }

    public Currency currency() {
        return total.currency();
    }

    public boolean isCarriedForward() {
        return carriedForward;
    }

    public String getCarryReason() {
        return carryReason;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Long getVersion() {
        return version;
    }
}
