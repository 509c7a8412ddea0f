package com.allyway.introduction;

import java.time.LocalDate;

/**
 * What a grid asks for. Every part is optional; for partner users the relationship is always their own
 * organization, whatever the filter says, and the owner filter is ignored.
 *
 * @param text          matched against the prospect's company and the contact's name, ignoring case
 * @param introducedFrom first introduction date included
 * @param introducedTo   last introduction date included
 */
public record IntroductionFilter(IntroductionStatus status, String relationshipId, String ownerId,
        LocalDate introducedFrom, LocalDate introducedTo, String text) {

    public static final IntroductionFilter ALL = new IntroductionFilter(null, null, null, null, null, null);

    public static IntroductionFilter ofRelationship(String relationshipId) {
        return new IntroductionFilter(null, relationshipId, null, null, null, null);
    }

    public static IntroductionFilter ofStatus(IntroductionStatus status) {
        return new IntroductionFilter(status, null, null, null, null, null);
    }
}
