package com.allyway.agreement.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.testing.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signed agreement, checked by iText and by tools nobody here wrote (poppler's pdfsig and pdftotext). Writes
 * {@code target/samples/agreement-signed.pdf}: certified by the company, then accepted by the partner.
 */
class AgreementPdfTest {

    static final Path SAMPLE = Path.of("target/samples/agreement-signed.pdf");
    private static final Instant APPROVED = Instant.parse("2026-12-01T09:30:00Z");
    private static final Instant ACCEPTED = Instant.parse("2026-12-02T14:05:00Z");

    private static SigningKey key;
    private static byte[] certified;
    private static byte[] accepted;

    @BeforeAll
    static void signSample() throws IOException {
        key = SelfSignedKey.generate("CN=Allyway test signing key, O=Allyway tests");
        AgreementSigner signer = new AgreementSigner();
        byte[] unsigned = new AgreementPdfWriter().write(SampleAgreements.text());
        certified = signer.certify(unsigned, key, "Fiona Founder", "Allyway Demo Company Ltd", APPROVED);
        accepted = signer.accept(certified, key, SampleAgreements.PARTNER_SIGNATORY, SampleAgreements.PARTNER,
                "203.0.113.7", ACCEPTED);
        Files.createDirectories(SAMPLE.getParent());
        Files.write(SAMPLE, accepted);
    }

    @Test
    void bothSignaturesVerifyWithIText() {
        PdfSignatureCheck.Report report = new PdfSignatureCheck().check(accepted);

        assertThat(report.signatures()).extracting(PdfSignatureCheck.Finding::field)
                .containsExactly(AgreementPdfWriter.COMPANY_FIELD, AgreementPdfWriter.PARTNER_FIELD);
        assertThat(report.allIntact()).isTrue();
        PdfSignatureCheck.Finding company = report.signatures().get(0);
        PdfSignatureCheck.Finding partner = report.signatures().get(1);
        assertThat(company.reason()).isEqualTo("Approved for Allyway Demo Company Ltd by Fiona Founder");
        assertThat(company.signedAt()).isEqualTo(APPROVED);
        assertThat(company.coversWholeDocument()).as("the acceptance was appended after it").isFalse();
        assertThat(partner.reason()).contains("Zoë Müller-Łukasz");
        assertThat(partner.location()).contains("203.0.113.7");
        assertThat(partner.coversWholeDocument()).isTrue();
        assertThat(partner.signer()).isEqualTo("Allyway test signing key");
    }

    @Test
    void theAcceptanceIsAnIncrementalUpdateOfTheCertifiedFile() {
        assertThat(accepted.length).isGreaterThan(certified.length);
        assertThat(java.util.Arrays.copyOf(accepted, certified.length)).isEqualTo(certified);
        assertThat(new PdfSignatureCheck().check(certified).signatures()).hasSize(1);
    }

    @Test
    void flippingOneByteInsideTheSignedRangeBreaksTheSignatures() {
        byte[] tampered = accepted.clone();
        int stream = indexOf(tampered, "stream\n", 1000);
        tampered[stream + 40] ^= 0x01;

        PdfSignatureCheck.Report report = new PdfSignatureCheck().check(tampered);

        assertThat(report.signatures()).hasSize(2).noneMatch(PdfSignatureCheck.Finding::intact);
        assertThat(report.signatures().getFirst().problem()).isNotBlank();
    }

    @Test
    void bytesAppendedAfterTheLastSignatureAreReported() {
        byte[] appended = java.util.Arrays.copyOf(accepted, accepted.length + 16);
        System.arraycopy("\n% added later\n".getBytes(StandardCharsets.US_ASCII), 0, appended, accepted.length, 15);

        PdfSignatureCheck.Report report = new PdfSignatureCheck().check(appended);

        assertThat(report.allIntact()).as("the signed bytes themselves are unchanged").isTrue();
        assertThat(report.changedAfterLastSignature()).isTrue();
        assertThat(new PdfSignatureCheck().check(accepted).changedAfterLastSignature()).isFalse();
    }

    @Test
    void popplerReportsBothSignaturesValid() throws Exception {
        List<String> output = run("pdfsig", SAMPLE.toString());

        String all = String.join("\n", output);
        assertThat(all).contains("Signature #1", "Signature #2");
        assertThat(output.stream().filter(line -> line.contains("Signature Validation: Signature is Valid.")))
                .hasSize(2);
        assertThat(all).doesNotContain("Signature is Invalid");
    }

    @Test
    void popplerFlagsATamperedCopy() throws Exception {
        byte[] tampered = accepted.clone();
        tampered[indexOf(tampered, "stream\n", 1000) + 40] ^= 0x01;
        Path copy = SAMPLE.resolveSibling("agreement-tampered.pdf");
        Files.write(copy, tampered);

        String all = String.join("\n", run("pdfsig", copy.toString()));

        assertThat(all).doesNotContain("Signature is Valid.");
    }

    @Test
    void theTextNamesThePartiesTheRateAndTheDates() throws Exception {
        String text = String.join("\n", run("pdftotext", "-layout", SAMPLE.toString(), "-"));

        assertThat(text).contains("Referral Partner Agreement", "Allyway Demo Company Ltd", "Łódź Ventures Sp. z o.o.",
                "Zoë Müller-Łukasz", "12.5 % of revenue", "2027-01-01", "2028-12-31", "EUR 5000.00",
                "Page 1 of");
    }

    @Test
    void refusesFilesThatAreNotReadablePdfs() {
        PdfSignatureCheck check = new PdfSignatureCheck();
        assertThatThrownBy(() -> check.check("hello, world".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadablePdfException.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> check.check(java.util.Arrays.copyOf(accepted, 2000)))
                .isInstanceOf(UnreadablePdfException.class).hasMessageContaining("damaged");
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        ExternalTools.assumeInstalled(command[0]);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output.lines().toList();
    }

    private static int indexOf(byte[] data, String marker, int from) {
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i + needle.length;
        }
        throw new IllegalStateException(marker + " not found");
    }
}
