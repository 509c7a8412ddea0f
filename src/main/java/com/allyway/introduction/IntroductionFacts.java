package com.allyway.introduction;

import com.allyway.shared.Money;
import java.time.LocalDate;

/**
 * The few fields of an introduction that dashboards count with; read in bulk without the rest of the record.
 *
 * @param conflict an open conflict with another relationship's introduction (always false for partners, who
 *                 never see conflicts)
 */
public record IntroductionFacts(String id, String relationshipId, LocalDate introducedOn, IntroductionStatus status,
        LocalDate wonOn, Money dealValue, boolean conflict) {
}
