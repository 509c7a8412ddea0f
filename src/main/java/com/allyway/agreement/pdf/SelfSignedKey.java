package com.allyway.agreement.pdf;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A new key with a self-signed certificate valid for ten years: the demo company key. ECDSA P-256 (as strong as
 * RSA-3072, and signs in a tenth of the time), or RSA-3072 where a test or benchmark asks for it.
 */
public final class SelfSignedKey {

    private SelfSignedKey() {
    }

    public enum Algorithm {
        EC_P256("EC", 256, "SHA256withECDSA"),
        RSA_3072("RSA", 3072, "SHA256withRSA");

        private final String keyType;
        private final int bits;
        private final String certificateSignature;

        Algorithm(String keyType, int bits, String certificateSignature) {
            this.keyType = keyType;
            this.bits = bits;
            this.certificateSignature = certificateSignature;
        }
    }

    /** @param subject an X.500 name, e.g. "CN=Allyway demo signing key, O=Example" */
    public static SigningKey generate(String subject) {
        return generate(subject, Algorithm.EC_P256);
    }

    public static SigningKey generate(String subject, Algorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType);
            generator.initialize(algorithm.bits);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm.certificateSignature).build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate), true);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot create a signing key: " + e.getMessage(), e);
        }
    }
}
