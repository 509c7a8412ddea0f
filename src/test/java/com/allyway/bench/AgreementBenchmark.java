package com.allyway.bench;

import com.allyway.agreement.pdf.AgreementPdfWriter;
import com.allyway.agreement.pdf.AgreementSigner;
import com.allyway.agreement.pdf.SampleAgreements;
import com.allyway.agreement.pdf.SelfSignedKey;
import com.allyway.agreement.pdf.SigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Generating and signing one agreement PDF, as approval does it: render the template's text and the terms table
 * with the embedded font, then certify it (ECDSA P-256, the demo key's type, and RSA-3072 for comparison). Then
 * the partner's incremental acceptance
 * signature. All in one JVM, warm: {@code ./mvnw -Pbench process-test-classes -Dbench.main=AgreementBenchmark}.
 * Settings: {@code -Dbench.reps} (default 400, at least 200 are measured).
 */
public final class AgreementBenchmark {

    private AgreementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = Math.max(200, Integer.getInteger("bench.reps", 400));
        SigningKey key = SelfSignedKey.generate("CN=Allyway benchmark key, O=Allyway");
        SigningKey rsa = SelfSignedKey.generate("CN=Allyway benchmark key, O=Allyway", SelfSignedKey.Algorithm.RSA_3072);
        AgreementPdfWriter writer = new AgreementPdfWriter();
        AgreementSigner signer = new AgreementSigner();
        Instant at = Instant.parse("2026-12-01T09:30:00Z");
        Timings timings = new Timings(100, repetitions, repetitions, Duration.ofMinutes(5));
        byte[][] last = new byte[2][];

        timings.measure("generate (layout + font subset), unsigned", null, null,
                i -> last[0] = writer.write(SampleAgreements.text()));
        timings.measure("generate + certify (approval), ECDSA P-256 key", 15.0, "the demo key's type; SHA-256,"
                + " CAdES detached, visible appearance: what a founder's approval waits for", i -> last[0] =
                signer.certify(writer.write(SampleAgreements.text()), key, "Fiona Founder", "Allyway Demo Company Ltd",
                        at));
        timings.measure("generate + certify (approval), RSA-3072 key", null, "a company certificate with an RSA"
                + " key: the RSA-3072 signature alone takes about 5 ms here", i -> signer.certify(
                        writer.write(SampleAgreements.text()), rsa, "Fiona Founder", "Allyway Demo Company Ltd", at));
        byte[] certified = last[0];
        timings.measure("add acceptance signature (incremental)", null, null, i -> last[1] = signer.accept(
                certified, key, SampleAgreements.PARTNER_SIGNATORY, SampleAgreements.PARTNER, "203.0.113.7", at));

        System.out.println();
        System.out.println(timings.table());
        System.out.printf(Locale.ROOT, "File size: certified %.1f KB, accepted %.1f KB (%s, %d cores)%n",
                certified.length / 1024.0, last[1].length / 1024.0, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }
}
