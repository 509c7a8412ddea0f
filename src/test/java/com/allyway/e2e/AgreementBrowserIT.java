package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.pdf.PdfSignatureCheck;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agreement issue's "done when", in headless Chromium: staff draft an agreement for a relationship the advice
 * marks FORMALIZE, a founder approves it, the partner downloads the signed PDF and accepts it, and the verify page
 * confirms both signatures. Each person uses a browser of their own.
 */
class AgreementBrowserIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AgreementService agreements;


    @Test
    void staffDraftAFounderApprovesThePartnerDownloadsAndAcceptsAndTheVerifyPageConfirmsBothSignatures()
            throws Exception {
        Organization acme = fixtures.relationshipToFormalize("Acme Referrals");
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        AllywayUser founder = fixtures.internalUser(Role.FOUNDER);
        AllywayUser partner = fixtures.partnerUser(acme, "Zoë Müller-Łukasz");

        BrowserPage staffPage = sessions.signedIn(staff.email(), Fixtures.PASSWORD, "staff");
        staffPage.open("/relationship/" + acme.getId());
        staffPage.waitForText("Formalize");
        staffPage.click("draft-agreement");
        staffPage.type("commission-rate", "12.5");
        staffPage.type("partner-signatory", "Zoë Müller-Łukasz");
        staffPage.click("save-draft");
        staffPage.waitForText("Draft agreement with " + acme.getName());
        staffPage.click("submit-agreement");
        staffPage.waitForText("Waiting for a founder");
        Agreement submitted = SignedIn.as(staff, () -> agreements.history(acme.getId())).getFirst();
        assertThat(submitted.getStatus()).isEqualTo(AgreementStatus.SUBMITTED);

        BrowserPage founderPage = sessions.signedIn(founder.email(), Fixtures.PASSWORD, "founder");
        founderPage.open("/agreement/" + submitted.getId());
        founderPage.click("approve-agreement");
        founderPage.waitForText("Signed, waiting for the partner");

        BrowserPage partnerPage = sessions.signedIn(partner.email(), Fixtures.PASSWORD, "partner");
        partnerPage.open("/agreements");
        partnerPage.clickCell(acme.getName());
        partnerPage.waitForText("Agreement 1 with " + acme.getName());
        byte[] signed = partnerPage.download("download-agreement");
        assertThat(new PdfSignatureCheck().check(signed).signatures()).hasSize(1)
                .allMatch(PdfSignatureCheck.Finding::intact);
        partnerPage.click("accept-confirmation");
        partnerPage.click("accept-agreement");
        partnerPage.waitForText("Accepted. The PDF now carries your acceptance signature.");
        Path accepted = work.resolve("accepted.pdf");
        Files.write(accepted, partnerPage.download("download-agreement"));
        partnerPage.screenshot("agreement-accepted.png");

        partnerPage.open("/verify");
        partnerPage.upload("verify-upload", accepted);
        partnerPage.waitForText("2 signature(s):");
        String report = partnerPage.text();
        assertThat(report).contains("✔ company-signature: intact", "✔ partner-acceptance: intact",
                "Accepted for " + acme.getName() + " by Zoë Müller-Łukasz",
                "✔ This file is Agreement 1 with " + acme.getName() + ", accepted ")
                .doesNotContain("NOT intact");
        partnerPage.screenshot("agreement-verified.png");
    }
}
