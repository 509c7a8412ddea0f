package com.allyway.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.allyway.agreement.pdf.AgreementPdfWriter;
import com.allyway.agreement.pdf.PdfSignatureCheck;
import com.allyway.agreement.pdf.SampleAgreements;
import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.audit.AuditLog;
import com.allyway.partner.Organization;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AgreementServiceIT {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Autowired
    AgreementService agreements;
    @Autowired
    AgreementVerifier verifier;
    @Autowired
    RelationshipService relationships;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Fixtures fixtures;

    private AllywayUser staff;
    private AllywayUser founder;
    private Organization acme;
    private AllywayUser acmePartner;

    @BeforeEach
    void people() {
        staff = fixtures.internalUser(Role.STAFF);
        founder = fixtures.internalUser(Role.FOUNDER);
        acme = fixtures.relationshipToFormalize("Acme");
        acmePartner = fixtures.partnerUser(acme, "Zoë Müller-Łukasz");
    }

    @Test
    void theDrafterCannotApproveTheirOwnDraftEvenAsAFounder() {
        AllywayUser staffAndFounder = fixtures.internalUser(Role.STAFF, Role.FOUNDER);
        Agreement submitted = SignedIn.as(staffAndFounder, () -> {
            Agreement draft = agreements.startDraft(acme.getId(), fixtures.agreementDraft(START), null);
            return agreements.submit(draft.getId(), draft.getVersion());
        });

        assertThatThrownBy(() -> SignedIn.as(staffAndFounder,
                () -> agreements.approve(submitted.getId(), submitted.getVersion())))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("four-eyes");
        assertThat(SignedIn.as(founder, () -> agreements.approve(submitted.getId(), submitted.getVersion()))
                .getStatus()).isEqualTo(AgreementStatus.APPROVED);
    }

    @Test
    void whoeverChangedADraftCannotApproveItEither() {
        AllywayUser editingFounder = fixtures.internalUser(Role.FINANCE, Role.FOUNDER);
        Agreement draft = SignedIn.as(staff, () -> agreements.startDraft(acme.getId(),
                fixtures.agreementDraft(START), null));
        Agreement submitted = SignedIn.as(editingFounder, () -> {
            Agreement changed = agreements.updateDraft(draft.getId(), draft.getVersion(),
                    fixtures.agreementDraft(START.plusMonths(1)));
            return agreements.submit(changed.getId(), changed.getVersion());
        });

        assertThatThrownBy(() -> SignedIn.as(editingFounder,
                () -> agreements.approve(submitted.getId(), submitted.getVersion())))
                .hasMessageContaining("four-eyes");
    }

    @Test
    void approvalSignsThePdfStoresItsHashAndFixesTheAgreement() {
        Agreement approved = approvedAgreement(START);

        assertThat(approved.getNumber()).isEqualTo(1);
        assertThat(approved.title()).isEqualTo("Agreement 1 with " + acme.getName());
        assertThat(approved.getPlan().version()).isEqualTo(1);
        AgreementPdf pdf = SignedIn.as(staff, () -> agreements.pdf(approved.getId()));
        assertThat(AgreementFiles.sha256(pdf.content())).isEqualTo(approved.getSignedSha256());
        PdfSignatureCheck.Report report = new PdfSignatureCheck().check(pdf.content());
        assertThat(report.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.field()).isEqualTo(AgreementPdfWriter.COMPANY_FIELD);
            assertThat(signature.intact()).isTrue();
            assertThat(signature.reason()).contains("Ina Internal");
        });
        assertThatThrownBy(() -> SignedIn.as(staff, () -> agreements.updateDraft(approved.getId(),
                approved.getVersion(), fixtures.agreementDraft(START))))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("cannot be changed");
        assertThat(auditActions(approved)).contains(AuditAction.AGREEMENT_DRAFTED, AuditAction.AGREEMENT_SUBMITTED,
                AuditAction.AGREEMENT_APPROVED);
    }

    @Test
    void draftingAgainstTheAdviceNeedsAReasonThatIsRecorded() {
        Organization quietAlly = fixtures.organization("Quiet Ally", RelationshipType.ALLY);

        assertThatThrownBy(() -> SignedIn.as(staff, () -> agreements.startDraft(quietAlly.getId(),
                fixtures.agreementDraft(START), "  ")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("keep")
                .extracting("field").isEqualTo("reason");
        Agreement draft = SignedIn.as(staff, () -> agreements.startDraft(quietAlly.getId(),
                fixtures.agreementDraft(START), "They asked for a written agreement for their auditors."));

        assertThat(draft.getReasonAgainstAdvice()).isEqualTo("They asked for a written agreement for their auditors.");
        assertThat(draft.getAdviceAtDraft()).isEqualTo("Keep as ally");
        List<AuditEntry> drafted = SignedIn.as(fixtures.internalUser(Role.ADMIN), () -> auditLog.find(
                Optional.of(AuditAction.AGREEMENT_DRAFTED), quietAlly.getName(), PageRequest.of(0, 5)));
        assertThat(drafted).singleElement().extracting(AuditEntry::details).asString().contains("their auditors");
    }

    @Test
    void aFounderSendsADraftBackWithACommentThatJoinsTheThread() {
        Agreement submitted = submittedAgreement(START);

        assertThatThrownBy(() -> SignedIn.as(founder, () -> agreements.requestChanges(submitted.getId(),
                submitted.getVersion(), " "))).hasMessageContaining("what should change");
        Agreement returned = SignedIn.as(founder, () -> agreements.requestChanges(submitted.getId(),
                submitted.getVersion(), "Cap should be EUR 4000."));
        Agreement commented = SignedIn.as(staff, () -> agreements.comment(returned.getId(), "Agreed, changing it."));

        assertThat(returned.getStatus()).isEqualTo(AgreementStatus.CHANGES_REQUESTED);
        assertThat(commented.getThread()).extracting(AgreementComment::step, AgreementComment::text).containsExactly(
                tuple("Drafted", null),
                tuple("Submitted for approval", null),
                tuple("Changes requested", "Cap should be EUR 4000."),
                tuple("Comment", "Agreed, changing it."));
    }

    @Test
    void aStaleCopyCannotOverwriteSomebodyElsesChange() {
        Agreement draft = SignedIn.as(staff, () -> agreements.startDraft(acme.getId(), fixtures.agreementDraft(START),
                null));
        SignedIn.run(staff, () -> agreements.updateDraft(draft.getId(), draft.getVersion(),
                fixtures.agreementDraft(START.plusDays(1))));

        assertThatThrownBy(() -> SignedIn.as(staff, () -> agreements.updateDraft(draft.getId(), draft.getVersion(),
                fixtures.agreementDraft(START.plusDays(2))))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(SignedIn.as(staff, () -> agreements.find(draft.getId())).orElseThrow().getPlan().startsOn())
                .isEqualTo(START.plusDays(1));
    }

    @Test
    void aCommentMakesOlderCopiesStaleSoNoLaterSaveDropsIt() {
        Agreement submitted = submittedAgreement(START);
        SignedIn.run(staff, () -> agreements.comment(submitted.getId(), "Please look at the cap."));

        assertThatThrownBy(() -> SignedIn.as(founder, () -> agreements.approve(submitted.getId(),
                submitted.getVersion()))).isInstanceOf(ConcurrentChangeException.class);
        Agreement current = SignedIn.as(founder, () -> agreements.find(submitted.getId())).orElseThrow();
        Agreement approved = SignedIn.as(founder, () -> agreements.approve(current.getId(), current.getVersion()));

        assertThat(approved.getThread()).extracting(AgreementComment::text).contains("Please look at the cap.");
        assertThat(approved.getNumber()).as("the refused approval gave its number back").isEqualTo(1);
    }

    @Test
    void partnersSeeOnlyTheirOwnSignedAgreements() {
        Agreement draft = SignedIn.as(staff, () -> agreements.startDraft(acme.getId(), fixtures.agreementDraft(START),
                null));
        Agreement approved = approvedAgreement(START);
        AllywayUser otherPartner = fixtures.partnerUser(fixtures.partnerOrganization());

        assertThat(SignedIn.as(acmePartner, () -> agreements.find(draft.getId()))).isEmpty();
        assertThat(SignedIn.as(acmePartner, () -> agreements.list(List.of()))).extracting(Agreement::getId)
                .containsExactly(approved.getId());
        assertThat(SignedIn.as(otherPartner, () -> agreements.find(approved.getId()))).isEmpty();
        assertThat(SignedIn.as(otherPartner, () -> agreements.list(List.of()))).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(otherPartner, () -> agreements.pdf(approved.getId())))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SignedIn.as(otherPartner, () -> agreements.accept(approved.getId(),
                approved.getVersion(), "198.51.100.1"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SignedIn.as(acmePartner, () -> agreements.history(acme.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(acmePartner, () -> agreements.comment(approved.getId(), "hi")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void acceptanceAddsTheSecondSignatureAndMakesTheRelationshipAReferralPartner() {
        Agreement approved = approvedAgreement(START);

        Agreement accepted = SignedIn.as(acmePartner, () -> agreements.accept(approved.getId(), approved.getVersion(),
                "203.0.113.9"));

        assertThat(accepted.getStatus()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(accepted.getAcceptedByName()).isEqualTo("Zoë Müller-Łukasz");
        assertThat(accepted.getAcceptedFromIp()).isEqualTo("203.0.113.9");
        AgreementPdf pdf = SignedIn.as(acmePartner, () -> agreements.pdf(accepted.getId()));
        AgreementVerifier.Verification verification = SignedIn.as(acmePartner, () -> verifier.verify(pdf.content()));
        assertThat(verification.signatures().signatures()).hasSize(2).allMatch(PdfSignatureCheck.Finding::intact);
        assertThat(verification.match()).get().extracting(AgreementMatch::describe).asString()
                .startsWith("Agreement 1 with " + acme.getName() + ", accepted ").endsWith("by Zoë Müller-Łukasz");
        assertThat(SignedIn.as(staff, () -> relationships.find(acme.getId())).orElseThrow().getType())
                .isEqualTo(RelationshipType.REFERRAL_PARTNER);
        assertThat(SignedIn.as(staff, () -> agreements.inForce(acme.getId(), START))).get()
                .extracting(Agreement::getId).isEqualTo(accepted.getId());
        assertThatThrownBy(() -> SignedIn.as(acmePartner, () -> agreements.accept(accepted.getId(),
                accepted.getVersion(), "203.0.113.9"))).hasMessageContaining("cannot be accepted");
    }

    @Test
    void aLaterAgreementSupersedesTheEarlierOneFromItsStartDate() {
        Agreement first = accept(approvedAgreement(START));
        Agreement second = accept(approvedAgreement(START.plusMonths(6)));

        assertThat(second.getNumber()).isEqualTo(2);
        Agreement firstNow = SignedIn.as(staff, () -> agreements.find(first.getId())).orElseThrow();
        assertThat(firstNow.getStatus()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(firstNow.getSupersededFrom()).isEqualTo(START.plusMonths(6));
        assertThat(SignedIn.as(staff, () -> agreements.inForce(acme.getId(), START.plusMonths(6).minusDays(1))))
                .get().extracting(Agreement::getId).isEqualTo(first.getId());
        assertThat(SignedIn.as(staff, () -> agreements.inForce(acme.getId(), START.plusMonths(6))))
                .get().extracting(Agreement::getId).isEqualTo(second.getId());
        assertThat(SignedIn.as(staff, () -> agreements.history(acme.getId()))).extracting(Agreement::getNumber)
                .containsExactly(2, 1);
    }

    @Test
    void theVerifierSaysWhatIsWrongWithAnUpload() {
        assertThatThrownBy(() -> SignedIn.as(staff, () -> verifier.verify(new byte[0])))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SignedIn.as(staff, () -> verifier.verify("PK\u0003\u0004 a zip".getBytes())))
                .hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> SignedIn.as(staff, () -> verifier.verify(new byte[AgreementVerifier.MAX_BYTES + 1])))
                .hasMessageContaining("at most 10 MB");
        assertThatThrownBy(() -> SignedIn.as(staff, () -> verifier.verify(EncryptedPdf.create())))
                .hasMessageContaining("encrypted");
    }

    @Test
    void anUnsignedPdfIsReportedAsSuchAndMatchesNothing() {
        AgreementVerifier.Verification verification = SignedIn.as(staff,
                () -> verifier.verify(new AgreementPdfWriter().write(SampleAgreements.text())));

        assertThat(verification.signatures().signatures()).isEmpty();
        assertThat(verification.match()).isEmpty();
    }

    private Agreement submittedAgreement(LocalDate startsOn) {
        return SignedIn.as(staff, () -> {
            Agreement draft = agreements.startDraft(acme.getId(), fixtures.agreementDraft(startsOn), null);
            return agreements.submit(draft.getId(), draft.getVersion());
        });
    }

    private Agreement approvedAgreement(LocalDate startsOn) {
        Agreement submitted = submittedAgreement(startsOn);
        return SignedIn.as(founder, () -> agreements.approve(submitted.getId(), submitted.getVersion()));
    }

    private Agreement accept(Agreement approved) {
        return SignedIn.as(acmePartner, () -> agreements.accept(approved.getId(), approved.getVersion(), "192.0.2.1"));
    }

    private List<AuditAction> auditActions(Agreement agreement) {
        return SignedIn.as(fixtures.internalUser(Role.ADMIN), () -> auditLog.find(Optional.empty(),
                agreement.getPartnerName(), PageRequest.of(0, 20))).stream().map(AuditEntry::action).toList();
    }
}
