package com.allyway.agreement;

import com.allyway.relationship.FormalizationAdvice;

/** The relationship a draft is for, and whether the advice is to formalize it at all. */
public record DraftingAdvice(String relationshipId, String partnerName, FormalizationAdvice advice) {
}
