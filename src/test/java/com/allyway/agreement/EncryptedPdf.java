package com.allyway.agreement;

import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A password-protected PDF, as a user might upload one by mistake. */
final class EncryptedPdf {

    private EncryptedPdf() {
    }

    static byte[] create() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterProperties encrypted = new WriterProperties().setStandardEncryption(
                "secret".getBytes(StandardCharsets.UTF_8), "owner".getBytes(StandardCharsets.UTF_8),
                EncryptionConstants.ALLOW_PRINTING, EncryptionConstants.ENCRYPTION_AES_256);
        try (Document document = new Document(new PdfDocument(new PdfWriter(out, encrypted)))) {
            document.add(new Paragraph("Confidential"));
        }
        return out.toByteArray();
    }
}
