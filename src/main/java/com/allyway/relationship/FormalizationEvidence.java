package com.allyway.relationship;

import java.util.Set;

/**
 * What a relationship's records say about whether it should formalize, gathered from its introductions, disputes
 * and profile.
 *
 * @param introductionsLast30Days introductions made in the last 30 days (by introduction date)
 * @param introductionsLast90Days introductions made in the last 90 days
 * @param openDisputes            disputes of attribution decisions the relationship is a side of, still open
 * @param conflictsLast90Days     attribution conflicts its introductions were part of in the last 90 days
 * @param feeNote                 how fees are being paid informally, as staff noted it; empty when none are
 */
public record FormalizationEvidence(long introductionsLast30Days, long introductionsLast90Days, long openDisputes,
        long conflictsLast90Days, String feeNote, RelationshipStage stage, Set<ContextFlag> flags) {

    public FormalizationEvidence {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** The same relationship with other introduction counts; for tests and what-if views. */
    public FormalizationEvidence withIntroductions(long last30Days, long last90Days) {
        return new FormalizationEvidence(last30Days, last90Days, openDisputes, conflictsLast90Days, feeNote, stage,
                flags);
    }

    boolean feesPaidInformally() {
        return feeNote != null && !feeNote.isBlank();
    }
}
