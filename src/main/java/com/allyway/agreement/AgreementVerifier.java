package com.allyway.agreement;

import com.allyway.agreement.pdf.PdfSignatureCheck;
import com.allyway.agreement.pdf.UnreadablePdfException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The verify page's check of any uploaded PDF: every signature (signer, time, intact or not) and whether the file
 * is byte for byte an agreement Allyway stored. Partner users only learn about their own organization's
 * agreements; for anything else the file simply matches nothing they can see.
 */
@Service
public class AgreementVerifier {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final AgreementService agreements;
    private final PdfSignatureCheck check = new PdfSignatureCheck();

    AgreementVerifier(AgreementService agreements) {
        this.agreements = agreements;
    }

    /** What Allyway can say about an uploaded file. */
    public record Verification(PdfSignatureCheck.Report signatures, String sha256, Optional<AgreementMatch> match) {
    }

    /** @throws UnreadablePdfException for an empty, too large, encrypted, damaged or non-PDF file */
    @PreAuthorize(AgreementService.READERS)
    public Verification verify(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new UnreadablePdfException("The file is empty.");
        }
        if (upload.length > MAX_BYTES) {
            throw new UnreadablePdfException("The file has " + upload.length / (1024 * 1024) + " MB; at most "
                    + MAX_BYTES / (1024 * 1024) + " MB can be checked.");
        }
        PdfSignatureCheck.Report report = check.check(upload);
        String sha256 = AgreementFiles.sha256(upload);
        return new Verification(report, sha256, agreements.matchByHash(sha256));
    }
}
