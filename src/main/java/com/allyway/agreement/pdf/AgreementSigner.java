package com.allyway.agreement.pdf;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * The two PAdES signatures of an agreement. The company certifies the document when a founder approves it
 * (certification that still permits filling in and signing fields), and the partner's acceptance adds an approval
 * signature in an incremental update, so the company's signature stays intact.
 */
public final class AgreementSigner {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Certifies {@code unsigned} for the company, with a visible signature naming the approving founder. */
    public byte[] certify(byte[] unsigned, SigningKey key, String founder, String company, Instant at) {
        SignerProperties properties = new SignerProperties().setFieldName(AgreementPdfWriter.COMPANY_FIELD)
                .setCertificationLevel(AccessPermissions.FORM_FIELDS_MODIFICATION)
                .setReason("Approved for " + company + " by " + founder)
                .setLocation(company)
                .setClaimedSignDate(calendar(at))
                .setSignatureAppearance(appearance("Approved by " + founder + "\nfor " + company + "\n"
                        + SHOWN.format(at)));
        return sign(unsigned, key, properties, new StampingProperties());
    }

    /**
     * Adds the partner's acceptance as an approval signature. Allyway signs it with the company's key on the
     * partner user's behalf, and the signature says who accepted, when and from where.
     */
    public byte[] accept(byte[] certified, SigningKey key, String acceptedBy, String partner, String ipAddress,
            Instant at) {
        SignerProperties properties = new SignerProperties().setFieldName(AgreementPdfWriter.PARTNER_FIELD)
                .setReason("Accepted for " + partner + " by " + acceptedBy)
                .setLocation("Allyway portal, from " + ipAddress)
                .setClaimedSignDate(calendar(at))
                .setSignatureAppearance(appearance("Accepted by " + acceptedBy + "\nfor " + partner + "\n"
                        + SHOWN.format(at) + " from " + ipAddress));
        return sign(certified, key, properties, new StampingProperties().useAppendMode());
    }

    private static byte[] sign(byte[] pdf, SigningKey key, SignerProperties properties, StampingProperties stamping) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 24 * 1024);
        try {
            PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out, stamping);
            signer.setSignerProperties(properties);
            // null provider: the JDK's own RSA/EC implementation signs; Bouncy Castle only builds the CMS container.
            IExternalSignature signature = new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, null);
            signer.signDetached(new BouncyCastleDigest(), signature, key.chain().toArray(Certificate[]::new), null,
                    null, null, 0, PdfSigner.CryptoStandard.CADES);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the agreement: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static SignatureFieldAppearance appearance(String text) {
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID);
        appearance.setContent(text).setFont(AgreementFonts.regular()).setFontSize(9);
        return appearance;
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
