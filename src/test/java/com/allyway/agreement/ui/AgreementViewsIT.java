package com.allyway.agreement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementPdf;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.CommissionPlan;
import com.allyway.partner.Organization;
import com.allyway.relationship.RelationshipFilter;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import com.allyway.relationship.ui.RelationshipView;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.allyway.ui.error.NotFoundView;
import com.allyway.ui.home.FounderHomeView;
import com.allyway.ui.home.PartnerHomeView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class AgreementViewsIT extends KaribuTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private Organization acme;
    private AllywayUser staff;
    private AllywayUser founder;
    private AgreementService agreements;

    @BeforeEach
    void aRelationshipToFormalize() {
        acme = fixtures.relationshipToFormalize("Acme");
        staff = fixtures.internalUser(Role.STAFF);
        founder = fixtures.internalUser(Role.FOUNDER);
        agreements = context.getBean(AgreementService.class);
    }

    @Test
    void staffDraftAnAgreementFromTheRelationshipPageAndSubmitIt() {
        signInAs(staff);
        UI.getCurrent().navigate(RelationshipView.class, acme.getId());
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Draft an agreement")));

        NewAgreementView page = _get(NewAgreementView.class);
        assertThat(page.reason.isVisible()).as("the advice is to formalize: no reason needed").isFalse();
        page.form.ratePercent.setValue(new BigDecimal("15"));
        page.form.startsOn.setValue(START);
        page.form.partnerSignatoryName.setValue("Zoë Müller-Łukasz");
        ButtonKt._click(page.save);

        AgreementView draft = _get(AgreementView.class);
        assertThat(draft.getPageTitle()).isEqualTo("Draft agreement with " + acme.getName() + " · Allyway");
        ButtonKt._click(draft.submit);
        NotificationsKt.expectNotifications("Submitted. A founder other than you approves it.");
        Agreement submitted = SignedIn.as(staff, () -> agreements.history(acme.getId())).getFirst();
        assertThat(submitted.getStatus()).isEqualTo(AgreementStatus.SUBMITTED);
        assertThat(submitted.getPlan().terms().getFirst().value()).isEqualTo("15 % of revenue");
    }

    @Test
    void aDraftAgainstTheAdviceAsksForAReason() {
        Organization quiet = fixtures.organization("Quiet Ally", RelationshipType.ALLY);
        signInAs(staff);
        UI.getCurrent().navigate(NewAgreementView.class, quiet.getId());

        NewAgreementView page = _get(NewAgreementView.class);
        assertThat(page.reason.isVisible()).isTrue();
        page.form.ratePercent.setValue(BigDecimal.TEN);
        page.form.startsOn.setValue(START);
        page.form.partnerSignatoryName.setValue("Kim");
        ButtonKt._click(page.save);

        assertThat(page.reason.isInvalid()).isTrue();
        assertThat(page.reason.getErrorMessage()).contains("Write down why");
        assertThat(SignedIn.as(staff, () -> agreements.history(quiet.getId()))).isEmpty();
    }

    @Test
    void aMistakeInThePlanIsShownAtItsFieldAndNothingIsSaved() {
        signInAs(staff);
        UI.getCurrent().navigate(NewAgreementView.class, acme.getId());
        NewAgreementView page = _get(NewAgreementView.class);
        page.form.type.setValue(CommissionPlan.Type.TIERED_BY_VOLUME);
        page.form.tiers.setValue("1: 10; eleven: 12");
        page.form.startsOn.setValue(START);
        page.form.partnerSignatoryName.setValue("Kim");

        ButtonKt._click(page.save);

        assertThat(page.form.tiers.isInvalid()).isTrue();
        assertThat(page.form.tiers.getErrorMessage()).startsWith("\"eleven: 12\" is not a tier.");
        assertThat(SignedIn.as(staff, () -> agreements.history(acme.getId()))).isEmpty();
    }

    @Test
    void theDrafterCannotApproveButAnotherFounderCan() {
        AllywayUser staffAndFounder = fixtures.internalUser(Role.STAFF, Role.FOUNDER);
        Agreement submitted = submittedBy(staffAndFounder);
        signInAs(staffAndFounder);
        UI.getCurrent().navigate(AgreementView.class, submitted.getId());

        ButtonKt._click(_get(AgreementView.class).approve);

        NotificationsKt.expectNotifications("You drafted or changed this agreement, so another founder must approve"
                + " it (four-eyes principle).");
        assertThat(status(submitted)).isEqualTo(AgreementStatus.SUBMITTED);

        switchTo(founder);
        UI.getCurrent().navigate(AgreementView.class, submitted.getId());
        ButtonKt._click(_get(AgreementView.class).approve);

        assertThat(status(submitted)).isEqualTo(AgreementStatus.APPROVED);
        AgreementView approved = _get(AgreementView.class);
        assertThat(approved.download.getText()).isEqualTo("Download the signed PDF");
        _assertOne(Div.class, spec -> spec.withId("demo-key-warning"));
        assertThat(approved.approve.isAttached()).isFalse();
    }

    @Test
    void aFounderSendsADraftBackWithAComment() {
        Agreement submitted = submittedBy(staff);
        signInAs(founder);
        UI.getCurrent().navigate(AgreementView.class, submitted.getId());
        AgreementView page = _get(AgreementView.class);

        ButtonKt._click(page.requestChanges);
        assertThat(page.changes.isInvalid()).isTrue();
        page.changes.setValue("Start on the first of April.");
        ButtonKt._click(page.requestChanges);

        assertThat(status(submitted)).isEqualTo(AgreementStatus.CHANGES_REQUESTED);
        _assertOne(Paragraph.class,
                spec -> spec.withText("Start on the first of April."));
    }

    @Test
    void thePartnerAcceptsOnlyAfterConfirmingAndAnotherPartnerSeesNothing() {
        Agreement approved = approved();
        AllywayUser acmePartner = fixtures.partnerUser(acme, "Zoë Müller-Łukasz");
        AllywayUser otherPartner = fixtures.partnerUser(fixtures.partnerOrganization());

        signInAs(otherPartner);
        UI.getCurrent().navigate(AgreementListView.class);
        assertThat(GridKt._size(_get(AgreementListView.class).grid)).isZero();
        UI.getCurrent().navigate(AgreementView.class, approved.getId());
        _assertOne(NotFoundView.class);
        _assertNone(AgreementView.class);

        switchTo(acmePartner);
        UI.getCurrent().navigate(AgreementListView.class);
        assertThat(GridKt._size(_get(AgreementListView.class).grid)).isEqualTo(1);
        UI.getCurrent().navigate(AgreementView.class, approved.getId());
        AgreementView page = _get(AgreementView.class);
        _assertNone(Button.class, spec -> spec.withText("Add comment"));
        ButtonKt._click(page.accept);
        assertThat(page.acceptance.isInvalid()).isTrue();
        assertThat(status(approved)).isEqualTo(AgreementStatus.APPROVED);

        page.acceptance.setValue(true);
        ButtonKt._click(page.accept);

        assertThat(status(approved)).isEqualTo(AgreementStatus.ACCEPTED);
        _assertOne(Anchor.class, spec -> spec.withId("download-agreement"));
        _assertNone(Button.class, spec -> spec.withText("Accept agreement"));

        switchTo(staff);
        UI.getCurrent().navigate(RelationshipView.class, acme.getId());
        _assertOne(Paragraph.class, spec -> spec.withText("No agreement is in force today.")); // it starts in 2027

        String northwind = SignedIn.as(staff, () -> context.getBean(RelationshipService.class).list(
                new RelationshipFilter("Northwind Advisory", null, null, null), PageRequest.of(0, 1))).getFirst()
                .relationship().getId();
        UI.getCurrent().navigate(RelationshipView.class, northwind);
        _assertOne(Paragraph.class, spec -> spec.withPredicate(paragraph -> paragraph.getText()
                .startsWith("In force today: Agreement 1, 10 % of revenue, since ")));
    }

    @Test
    void theVerifyPageReportsSignaturesAndTheMatchingAgreement() {
        Agreement approved = approved();
        AgreementPdf pdf = SignedIn.as(staff, () -> agreements.pdf(approved.getId()));
        signInAs(staff);
        UI.getCurrent().navigate(VerifyAgreementView.class);
        VerifyAgreementView page = _get(VerifyAgreementView.class);

        page.report(pdf.fileName(), pdf.content()).run();

        String shown = page.result.getElement().getTextRecursively();
        assertThat(shown).contains("1 signature(s):", "✔ company-signature: intact · signed by Allyway demo signing key",
                "✔ This file is Agreement 1 with " + acme.getName() + ", signed by Ina Internal");

        page.report("notes.txt", "just text".getBytes(StandardCharsets.UTF_8)).run();

        assertThat(page.result.getElement().getTextRecursively())
                .isEqualTo("notes.txt: This file is not a PDF (no %PDF- header at its start).");
    }

    @Test
    void foundersSaveANewTemplateVersionAndUnknownPlaceholdersAreRefused() {
        signInAs(founder);
        UI.getCurrent().navigate(AgreementTemplatesView.class);
        AgreementTemplatesView page = _get(AgreementTemplatesView.class);
        ButtonKt._click(page.newTemplate);
        page.name.setValue(Fixtures.unique("Reseller agreement"));
        page.title.setValue("Reseller Agreement");
        page.clauses.setValue("# 1. Resale\n{{partner}} resells at {{comission}}.");

        ButtonKt._click(page.save);
        assertThat(page.clauses.isInvalid()).isTrue();
        assertThat(page.clauses.getErrorMessage()).startsWith("{{comission}} is not a placeholder.");

        page.clauses.setValue("# 1. Resale\n{{partner}} resells at {{commission}}.");
        ButtonKt._click(page.save);
        page.clauses.setValue("# 1. Resale\n{{partner}} resells at {{commission}}, paid monthly.");
        ButtonKt._click(page.save);

        assertThat(page.grid.asSingleSelect().getValue().version()).isEqualTo(2);
        assertThat(page.grid.asSingleSelect().getValue().clauses()).endsWith("paid monthly.");
    }

    @Test
    void theHomesPointFoundersAndPartnersToWhatWaitsForThem() {
        submittedBy(staff);
        signInAs(founder);
        UI.getCurrent().navigate(FounderHomeView.class);
        assertThat(_get(Anchor.class, spec -> spec.withPredicate(anchor -> anchor.getText().endsWith("for approval"))).getText())
                .matches("\\d+ agreements? waits? for approval");

        AllywayUser acmePartner = fixtures.partnerUser(acme);
        switchTo(acmePartner);
        UI.getCurrent().navigate(PartnerHomeView.class);
        _assertNone(Anchor.class, spec -> spec.withText("An agreement to accept"));
        approved();
        switchTo(acmePartner); // a fresh page: navigating to the same route keeps the view that is open
        UI.getCurrent().navigate(PartnerHomeView.class);
        _assertOne(Anchor.class, spec -> spec.withText("An agreement to accept"));
    }

    private Agreement submittedBy(AllywayUser drafter) {
        return SignedIn.as(drafter, () -> {
            Agreement draft = agreements.startDraft(acme.getId(), fixtures.agreementDraft(START), null);
            return agreements.submit(draft.getId(), draft.getVersion());
        });
    }

    private Agreement approved() {
        Agreement submitted = submittedBy(staff);
        return SignedIn.as(founder, () -> agreements.approve(submitted.getId(), submitted.getVersion()));
    }

    private AgreementStatus status(Agreement agreement) {
        return SignedIn.as(staff, () -> agreements.find(agreement.getId())).orElseThrow().getStatus();
    }
}
