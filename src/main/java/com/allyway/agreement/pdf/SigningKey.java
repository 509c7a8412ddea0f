package com.allyway.agreement.pdf;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The company's signing key and its certificate chain (signer first).
 *
 * @param demo a self-signed key Allyway made itself: fine for trying Allyway, worthless as evidence
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean demo) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate.");
        }
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The certificate's common name, e.g. "Allyway demo signing key". */
    public String signerName() {
        return PdfSignatureCheck.commonName(certificate());
    }
}
