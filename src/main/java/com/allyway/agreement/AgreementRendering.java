package com.allyway.agreement;

import com.allyway.agreement.TemplatePlaceholders.Placeholder;
import com.allyway.agreement.pdf.AgreementText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Fills a template version in for one agreement: the text the PDF prints. */
final class AgreementRendering {

    private AgreementRendering() {
    }

    static AgreementText text(AgreementTemplate template, Agreement agreement, int number, CommissionPlan plan,
            String companyName, String founderName) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.COMPANY, companyName);
        values.put(Placeholder.PARTNER, agreement.getPartnerName());
        values.put(Placeholder.PARTNER_SIGNATORY, agreement.getPartnerSignatoryName());
        values.put(Placeholder.COMPANY_SIGNATORY, founderName);
        values.put(Placeholder.STARTS_ON, plan.startsOn().toString());
        values.put(Placeholder.ENDS_ON, plan.endsOn() == null ? "until superseded" : plan.endsOn().toString());
        values.put(Placeholder.COMMISSION, plan.terms().getFirst().value());
        values.put(Placeholder.CURRENCY, plan.currency().getCurrencyCode());
        values.put(Placeholder.AGREEMENT_NUMBER, Integer.toString(number));
        List<String> recitals = TemplatePlaceholders.paragraphs(TemplatePlaceholders.fill(template.recitals(), values));
        List<String> clauses = TemplatePlaceholders.paragraphs(TemplatePlaceholders.fill(template.clauses(), values));
        return new AgreementText(TemplatePlaceholders.fill(template.title(), values),
                "Agreement " + number + " · " + agreement.getPartnerName(), companyName, agreement.getPartnerName(),
                recitals, clauses, plan.terms(), new AgreementText.Signatory(founderName, "Founder"),
                new AgreementText.Signatory(agreement.getPartnerSignatoryName(),
                        agreement.getPartnerSignatoryTitle()));
    }
}
