package com.allyway.agreement;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The template every installation starts with: a short, plain referral agreement whose commission terms come from
 * the plan's table. Founders adapt it (a new version) before the first real agreement.
 */
@Component
class StandardTemplate implements SmartInitializingSingleton {

    static final String RECITALS = """
            {{company}} offers its services to companies that {{partner}} knows.

            {{partner}} wishes to introduce such companies to {{company}}, and {{company}} wishes to reward \
            introductions that turn into revenue, as set out in this agreement.""";

    static final String CLAUSES = """
            # 1. Introductions
            {{partner}} introduces prospects through the Allyway portal. The first introduction of a prospect within \
            the attribution window earns the commission; {{company}} decides conflicting introductions and records \
            the reason.

            # 2. Commission
            For each introduction that becomes a paying customer, {{company}} pays {{partner}} the commission in the \
            table above ({{commission}}), in {{currency}}, on the statement for the period in which it becomes payable.

            # 3. Statements and payment
            {{company}} issues a statement for each period listing every introduction, the revenue received and the \
            commission earned, and pays the balance within 30 days of the statement.

            # 4. Term
            This agreement applies from {{startsOn}} and ends {{endsOn}}. A later agreement between the parties \
            supersedes it from its own start date. Either party may end it with 30 days' written notice; commission \
            earned before the end remains payable.

            # 5. Confidentiality and conduct
            Each party keeps the other's confidential information confidential and complies with the law, including \
            data protection law, when making or following up introductions.

            # 6. Signatures
            {{companySignatory}} signs for {{company}} and {{partnerSignatory}} accepts for {{partner}}. Both \
            signatures are electronic and applied by the Allyway portal.""";

    private final AgreementTemplateService templates;

    StandardTemplate(AgreementTemplateService templates) {
        this.templates = templates;
    }

    @Override
    public void afterSingletonsInstantiated() {
        templates.ensureStandardTemplate();
    }
}
