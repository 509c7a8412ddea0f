package com.allyway.payout;

import com.allyway.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored revenue event. Its id is the kind and the reference ("payment:INV-17"), so recording or importing the
 * same invoice again finds it instead of adding money twice.
 */
@Document(RecordedRevenue.COLLECTION)
public record RecordedRevenue(@Id String id, String relationshipId, String introductionId, String prospect,
        RevenueEvent.Kind kind, String reference, String invoiceId, Money amount, LocalDate on, Instant recordedAt,
        String recordedBy, String source) {

    static final String COLLECTION = "revenue_events";

    public RevenueEvent event() {
        return new RevenueEvent(reference, introductionId, kind, invoiceId, amount, on);
    }

    /** Whether an entry says the same as this record (then importing it again changes nothing). */
    boolean sameAs(RevenueEntry entry) {
        return kind == entry.kind() && invoiceId.equals(entry.invoiceId())
                && introductionId.equals(entry.introductionId()) && amount.equals(entry.amount())
                && on.equals(entry.on());
    }

    String describe() {
        return kind.name().toLowerCase() + " " + reference + " of " + amount + " on " + on + " for introduction "
                + introductionId;
    }
}
