package com.allyway.demo;

import static com.allyway.demo.ActingAs.as;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementDraft;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.CommissionPlan;
import com.allyway.agreement.SigningUnavailableException;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipProfile;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.AllywayUser;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's agreements, through the real workflow: Northwind's is accepted and in force, Brightpath's is signed
 * and waiting for Zoë to accept it, and Harbor & Finch (an ally already paid a fee informally) is one the advice
 * says to formalize, with no agreement yet.
 */
final class DemoAgreements {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);
    private static final Currency EUR = Currency.getInstance("EUR");

    private final AgreementService agreements;
    private final AgreementTemplateService templates;
    private final RelationshipService relationships;
    private final Map<String, AllywayUser> people;
    private final Map<String, Relationship> byName;
    private final LocalDate today;

    DemoAgreements(AgreementService agreements, AgreementTemplateService templates,
            RelationshipService relationships, Map<String, AllywayUser> people, Map<String, Relationship> byName,
            Clock clock) {
        this.agreements = agreements;
        this.templates = templates;
        this.relationships = relationships;
        this.people = people;
        this.byName = byName;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void create() {
        try {
            createAll();
        } catch (SigningUnavailableException noKey) {
            // demo data on a real database without a signing key: the rest of the demo is still useful
            log.warn("Demo agreements skipped: {}", noKey.getMessage());
        }
    }

    private void createAll() {
        AllywayUser sam = people.get("staff@allyway.example");
        AllywayUser felix = people.get("finance@allyway.example");
        AllywayUser fiona = people.get("founder@allyway.example");
        AllywayUser maya = people.get("maya@northwind.example");
        String template = as(sam, () -> templates.latestVersions().stream()
                .filter(candidate -> candidate.name().startsWith("Standard")).findFirst().orElseThrow()
                .id());

        Relationship northwind = byName.get("Northwind Advisory");
        CommissionPlan tenPercent = new CommissionPlan(1, CommissionPlan.Type.PERCENTAGE_OF_REVENUE,
                BigDecimal.TEN, null, List.of(), 12, money("5000"), 0, 90, money("100"), EUR,
                today.minusMonths(2).withDayOfMonth(1), null);
        Agreement northwindApproved = approved(felix, fiona, northwind, new AgreementDraft(template, tenPercent,
                "Maya Lindqvist", "Partner"));
        as(maya, () -> agreements.accept(northwindApproved.getId(), northwindApproved.getVersion(), "127.0.0.1"));

        Relationship brightpath = byName.get("Brightpath Digital");
        CommissionPlan tiered = new CommissionPlan(1, CommissionPlan.Type.TIERED_BY_VOLUME, null, null,
                List.of(new CommissionPlan.Tier(1, new BigDecimal("8")), new CommissionPlan.Tier(6, BigDecimal.TEN),
                        new CommissionPlan.Tier(11, new BigDecimal("12.5"))), null, null, 30, 60, money("250"), EUR,
                today.plusMonths(1).withDayOfMonth(1), null);
        approved(sam, fiona, brightpath, new AgreementDraft(template, tiered, "Zoë Müller-Łukasz",
                "Managing Director"));

        Relationship harbor = byName.get("Harbor & Finch Consulting");
        as(sam, () -> relationships.update(harbor.getId(), harbor.getVersion(), new RelationshipProfile(
                harbor.getType(), harbor.getStage(), harbor.getFlags(), harbor.getOwnerId(), harbor.getContacts(),
                harbor.getTags(), harbor.getNotes(), "EUR 500 per closed deal, paid by bank transfer on their invoice")));
    }

    private Agreement approved(AllywayUser drafter, AllywayUser founder, Relationship relationship,
            AgreementDraft draft) {
        Agreement submitted = as(drafter, () -> {
            Agreement started = agreements.startDraft(relationship.getId(), draft,
                    "Long-standing referral partner; the agreement writes down what we already do.");
            return agreements.submit(started.getId(), started.getVersion());
        });
        return as(founder, () -> agreements.approve(submitted.getId(), submitted.getVersion()));
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }
}
