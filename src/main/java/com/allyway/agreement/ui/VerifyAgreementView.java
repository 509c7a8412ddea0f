package com.allyway.agreement.ui;

import com.allyway.agreement.AgreementVerifier;
import com.allyway.agreement.pdf.PdfSignatureCheck;
import com.allyway.agreement.pdf.UnreadablePdfException;
import com.allyway.security.Role;
import com.allyway.shared.ui.BoundedUpload;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Upload any PDF: Allyway lists its signatures (who, when, intact or not) and says whether it is, byte for byte,
 * an agreement it stored. Nothing uploaded is kept.
 */
@Route("verify")
@PageTitle("Verify an agreement")
@Menu(title = "Verify a PDF", order = 25, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.ADMIN})
public class VerifyAgreementView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AgreementVerifier verifier;
    final Upload upload = new Upload();
    final Div result = new Div();

    VerifyAgreementView(AgreementVerifier verifier) {
        this.verifier = verifier;
        addClassName("allyway-page");
        result.setId("verification-result");
        upload.setMaxFiles(1);
        upload.setId("verify-upload");
        upload.setMaxFileSize(AgreementVerifier.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setUploadHandler(new BoundedUpload(AgreementVerifier.MAX_BYTES, (name, bytes) -> {
            Runnable show = report(name, bytes);
            return () -> {
                show.run();
                upload.clearFileList(); // ready for the next file
            };
        }));
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getFileName() + ": "
                + rejected.getErrorMessage() + " Upload a PDF of at most " + AgreementVerifier.MAX_BYTES / (1024 * 1024)
                + " MB."));
        add(new ViewHeading("Verify an agreement", "Upload a PDF to check its signatures and whether it is an"
                + " agreement stored in Allyway. The file is checked, not kept."), upload, result);
    }

    /** Checks the file and returns how to show the outcome (so the check runs outside the UI lock). */
    Runnable report(String fileName, byte[] bytes) {
        try {
            AgreementVerifier.Verification verification = verifier.verify(bytes);
            return () -> showVerification(fileName, verification);
        } catch (UnreadablePdfException unreadable) {
            return () -> showProblem(fileName + ": " + unreadable.getMessage());
        }
    }

    private void showVerification(String fileName, AgreementVerifier.Verification verification) {
        result.removeAll();
        Paragraph match = new Paragraph(verification.match()
                .map(found -> "✔ This file is " + found.describe() + ".")
                .orElse("✘ This file matches no agreement stored in Allyway that you can see."));
        match.setId("verification-match");
        UnorderedList signatures = new UnorderedList();
        signatures.setId("verification-signatures");
        for (PdfSignatureCheck.Finding finding : verification.signatures().signatures()) {
            signatures.add(new ListItem(describe(finding)));
        }
        result.add(new Paragraph(fileName + " · SHA-256 " + verification.sha256()));
        if (verification.signatures().signatures().isEmpty()) {
            result.add(new Paragraph("✘ This PDF has no signatures."));
        } else {
            result.add(new Paragraph(verification.signatures().signatures().size() + " signature(s):"), signatures);
        }
        if (verification.signatures().changedAfterLastSignature()) {
            Paragraph warning = new Paragraph("✘ Something was added to this file after its last signature; no"
                    + " signature vouches for it, so what the file shows may differ from what was signed.");
            warning.addClassName(LumoUtility.TextColor.ERROR);
            result.add(warning);
        }
        result.add(match);
    }

    private static String describe(PdfSignatureCheck.Finding finding) {
        if (!finding.intact()) {
            return "✘ " + finding.field() + ": NOT intact. " + finding.problem();
        }
        return "✔ " + finding.field() + ": intact · signed by " + finding.signer() + " · "
                + WHEN.format(finding.signedAt()) + (finding.reason() == null ? "" : " · " + finding.reason())
                + (finding.coversWholeDocument() ? "" : " · later additions were appended after it");
    }

    private void showProblem(String message) {
        result.removeAll();
        Paragraph problem = new Paragraph(message);
        problem.setId("verification-problem");
        problem.addClassName(LumoUtility.TextColor.ERROR);
        result.add(problem);
    }
}
