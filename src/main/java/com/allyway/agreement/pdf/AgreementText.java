package com.allyway.agreement.pdf;

import com.allyway.agreement.CommissionPlan;
import java.util.List;

/**
 * Everything printed in an agreement PDF, already filled in: the template's text with its placeholders replaced,
 * and the terms table straight from the commission plan.
 *
 * @param reference  printed in every page's footer, e.g. "Agreement 2 · Acme Ltd"
 * @param recitals   the "whereas" paragraphs
 * @param clauses    paragraphs; one starting with "# " is a heading
 * @param company    who signs for the company (the approving founder)
 * @param partner    who signs for the partner
 */
public record AgreementText(String title, String reference, String companyName, String partnerName,
        List<String> recitals, List<String> clauses, List<CommissionPlan.Term> terms, Signatory company,
        Signatory partner) {

    public AgreementText {
        recitals = List.copyOf(recitals);
        clauses = List.copyOf(clauses);
        terms = List.copyOf(terms);
    }

    /** A person who signs, and in what capacity; the title may be empty. */
    public record Signatory(String name, String title) {
    }
}
