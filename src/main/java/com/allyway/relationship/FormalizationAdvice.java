package com.allyway.relationship;

import java.util.Comparator;
import java.util.List;

/**
 * The advisor's answer for one relationship: the level, every criterion with whether it is met and the numbers
 * behind it, and a sentence a founder can act on.
 */
public record FormalizationAdvice(Level level, List<Criterion> criteria, String summary) {

    /** Strongest advice first, then more criteria met: the order of the founders' review list. */
    public static final Comparator<FormalizationAdvice> STRONGEST_FIRST = Comparator
            .comparing(FormalizationAdvice::level).reversed()
            .thenComparing(Comparator.comparingLong(FormalizationAdvice::criteriaMet).reversed());

    public enum Level {
        KEEP_AS_ALLY("Keep as ally"),
        CONSIDER_FORMALIZING("Consider formalizing"),
        FORMALIZE("Formalize");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One reason to formalize, met or not, with its evidence, e.g. "23 introductions in the last 30 days". */
    public record Criterion(String name, boolean met, String evidence) {
    }

    public FormalizationAdvice {
        criteria = List.copyOf(criteria);
    }

    public long criteriaMet() {
        return criteria.stream().filter(Criterion::met).count();
    }

    /** Starting an agreement against the advice needs a written reason, recorded with the draft. */
    public boolean agreementNeedsReason() {
        return level == Level.KEEP_AS_ALLY;
    }
}
