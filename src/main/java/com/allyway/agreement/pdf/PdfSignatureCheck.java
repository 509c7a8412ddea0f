package com.allyway.agreement.pdf;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Reads every signature of a PDF and checks it: whether the signed bytes are unchanged and the signature matches
 * its certificate. Trust in the certificate is not judged here: a self-signed demo key verifies as intact.
 */
public final class PdfSignatureCheck {

    /** A PDF's signatures in the order they were added. */
    public record Report(List<Finding> signatures, int revisions) {
        public boolean allIntact() {
            return !signatures.isEmpty() && signatures.stream().allMatch(Finding::intact);
        }

        /**
         * Something was appended after the last signature: no signature vouches for it, and it may change what
         * the file shows. (Earlier signatures not covering later ones is normal: each signature is appended.)
         */
        public boolean changedAfterLastSignature() {
            return !signatures.isEmpty() && !signatures.getLast().coversWholeDocument();
        }
    }

    /**
     * One signature.
     *
     * @param coversWholeDocument false when later changes were appended after it (normal for the company's
     *                            signature once the partner accepted)
     */
    public record Finding(String field, String signer, Instant signedAt, String reason, String location,
            boolean intact, boolean coversWholeDocument, String problem) {
    }

    /** @throws UnreadablePdfException naming what is wrong with the file */
    public Report check(byte[] file) {
        if (!hasPdfHeader(file)) {
            throw new UnreadablePdfException("This file is not a PDF (no %PDF- header at its start).");
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(file)))) {
            if (pdf.getReader().isEncrypted()) {
                throw new UnreadablePdfException("This PDF is encrypted; upload the unencrypted original.");
            }
            SignatureUtil signatures = new SignatureUtil(pdf);
            List<Finding> findings = new ArrayList<>();
            for (String name : signatures.getSignatureNames()) {
                findings.add(finding(signatures, name));
            }
            return new Report(List.copyOf(findings), signatures.getTotalRevisions());
        } catch (BadPasswordException e) {
            throw new UnreadablePdfException("This PDF is encrypted with a password; upload the unencrypted original.");
        } catch (UnreadablePdfException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            if (mentionsEncryption(file)) { // e.g. encrypted for a certificate rather than with a password
                throw new UnreadablePdfException("This PDF is encrypted; upload the unencrypted original.");
            }
            throw new UnreadablePdfException("This PDF is damaged and cannot be read (" + e.getMessage() + ").");
        }
    }

    /** The PDF specification lets readers accept the header anywhere in the first 1024 bytes. */
    private static boolean hasPdfHeader(byte[] file) {
        return new String(file, 0, Math.min(file.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private static boolean mentionsEncryption(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1).contains("/Encrypt");
    }

    private static Finding finding(SignatureUtil signatures, String name) {
        try {
            PdfPKCS7 pkcs7 = signatures.readSignatureData(name);
            boolean intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
            return new Finding(name, commonName(pkcs7.getSigningCertificate()),
                    pkcs7.getSignDate().toInstant(), pkcs7.getReason(), pkcs7.getLocation(), intact,
                    signatures.signatureCoversWholeDocument(name),
                    intact ? null : "The signed content was changed after signing.");
        } catch (Exception e) {
            return new Finding(name, null, null, null, null, false, false,
                    "The signature cannot be read: " + e.getMessage());
        }
    }

    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the whole subject
        }
        return subject;
    }
}
