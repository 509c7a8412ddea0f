package com.allyway.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A relationship's accepted commission plans over time: which one governs a day (see {@link AgreementHistory}). */
public record PlanTimeline(List<Entry> entries) {

    public record Entry(String agreementId, int number, CommissionPlan plan) {
    }

    public PlanTimeline {
        entries = List.copyOf(entries);
    }

    public Optional<CommissionPlan> on(LocalDate day) {
        return entryOn(day).map(Entry::plan);
    }

    /** The accepted agreement that governs {@code day}, if any. */
    public Optional<Entry> entryOn(LocalDate day) {
        return AgreementHistory.inForceOn(entries.stream().map(entry -> new AgreementHistory.Accepted(
                        entry.agreementId(), entry.number(), entry.plan().startsOn(), entry.plan().endsOn())).toList(), day)
                .flatMap(chosen -> entries.stream().filter(entry -> entry.agreementId().equals(chosen.agreementId()))
                        .findFirst());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
