package com.allyway.agreement.pdf;

import com.allyway.agreement.CommissionPlan;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** An agreement as the service would fill it in, with names that need more than ASCII. */
public final class SampleAgreements {

    public static final String PARTNER = "Łódź Ventures Sp. z o.o.";
    public static final String PARTNER_SIGNATORY = "Zoë Müller-Łukasz";

    private SampleAgreements() {
    }

    public static CommissionPlan plan() {
        Currency eur = Currency.getInstance("EUR");
        return new CommissionPlan(2, CommissionPlan.Type.PERCENTAGE_OF_REVENUE, new BigDecimal("12.5"), null,
                List.of(), 12, new Money(new BigDecimal("5000"), eur), 30, 90, new Money(new BigDecimal("100"), eur),
                eur, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
    }

    public static AgreementText text() {
        return new AgreementText("Referral Partner Agreement", "Agreement 2 · " + PARTNER, "Allyway Demo Company Ltd",
                PARTNER, List.of("The Partner knows companies that may benefit from the Company's services.",
                        "The parties wish to record how introductions are made and rewarded."),
                List.of("# 1. Introductions", "The Partner introduces prospects through the Allyway portal.",
                        "# 2. Commission", "Commission is computed and paid as the terms table states."),
                plan().terms(), new AgreementText.Signatory("Fiona Founder", "Founder"),
                new AgreementText.Signatory(PARTNER_SIGNATORY, "Managing Director"));
    }
}
