package com.allyway.agreement;

/**
 * What staff or finance fill in for a draft: which template version, the commission plan, and who signs for the
 * partner. The plan checks itself when it is made.
 */
public record AgreementDraft(String templateId, CommissionPlan plan, String partnerSignatoryName,
        String partnerSignatoryTitle) {
}
