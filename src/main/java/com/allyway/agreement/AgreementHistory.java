package com.allyway.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which accepted agreement governs a relationship on a given day: the latest accepted one that has started, and
 * not ended. A later agreement supersedes an earlier one from its own start date, so the earlier one still
 * governs until then.
 */
public final class AgreementHistory {

    private AgreementHistory() {
    }

    /** One accepted agreement, as far as this rule needs it. */
    public record Accepted(String agreementId, int number, LocalDate startsOn, LocalDate endsOn) {
    }

    public static Optional<Accepted> inForceOn(List<Accepted> accepted, LocalDate day) {
        return accepted.stream()
                .filter(agreement -> !agreement.startsOn().isAfter(day))
                .max(Comparator.comparing(Accepted::startsOn).thenComparingInt(Accepted::number))
                .filter(latest -> latest.endsOn() == null || !day.isAfter(latest.endsOn()));
    }
}
