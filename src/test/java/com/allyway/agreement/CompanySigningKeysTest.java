package com.allyway.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.agreement.pdf.AgreementPdfWriter;
import com.allyway.agreement.pdf.AgreementSigner;
import com.allyway.agreement.pdf.PdfSignatureCheck;
import com.allyway.agreement.pdf.SampleAgreements;
import com.allyway.agreement.pdf.SelfSignedKey;
import com.allyway.agreement.pdf.SigningKey;
import com.allyway.shared.AllywayProperties;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class CompanySigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultMakesOneDemoKeyAndKeepsUsingIt() {
        SigningKey first = keys(null, null, new MockEnvironment()).key();
        SigningKey again = keys(null, null, new MockEnvironment()).key();

        assertThat(first.demo()).isTrue();
        assertThat(dataDir.resolve(CompanySigningKeys.DEMO_KEY_FILE)).exists();
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(first.signerName()).isEqualTo("Allyway demo signing key");
    }

    @Test
    void aConfiguredRsaKeystoreSignsAndIsNoDemo() throws Exception {
        Path keystore = keystore(SelfSignedKey.generate("CN=Acme Ltd signing, O=Acme Ltd",
                SelfSignedKey.Algorithm.RSA_3072), "s3cret");
        CompanySigningKeys keys = keys(keystore, "s3cret", new MockEnvironment().withProperty("MONGODB_URI",
                "mongodb://db.internal/allyway"));

        SigningKey key = keys.key();
        byte[] signed = new AgreementSigner().certify(new AgreementPdfWriter().write(SampleAgreements.text()), key,
                "Fiona Founder", "Acme Ltd", Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(key.demo()).isFalse();
        assertThat(keys.demo()).isFalse();
        assertThat(new PdfSignatureCheck().check(signed).signatures()).singleElement()
                .satisfies(signature -> assertThat(signature.signer()).isEqualTo("Acme Ltd signing"))
                .matches(PdfSignatureCheck.Finding::intact);
    }

    @Test
    void aWrongPasswordSaysWhichSettingsToCheck() throws Exception {
        Path keystore = keystore(SelfSignedKey.generate("CN=Acme"), "right");

        assertThatThrownBy(() -> keys(keystore, "wrong", new MockEnvironment()).key())
                .isInstanceOf(SigningUnavailableException.class)
                .hasMessageContaining(keystore.toString()).hasMessageContaining("ALLYWAY_SIGNING_KEYSTORE_PASSWORD");
    }

    @Test
    void aRealInstallationWithoutAKeyRefusesToSignWithADemoKey() {
        CompanySigningKeys keys = keys(null, null, new MockEnvironment().withProperty("MONGODB_URI",
                "mongodb://db.internal/allyway"));

        assertThatThrownBy(keys::key).isInstanceOf(SigningUnavailableException.class)
                .hasMessageContaining("ALLYWAY_SIGNING_KEYSTORE");
        assertThat(dataDir.resolve(CompanySigningKeys.DEMO_KEY_FILE)).doesNotExist();
    }

    private CompanySigningKeys keys(Path keystore, String password, MockEnvironment environment) {
        AllywayProperties properties = new AllywayProperties(dataDir, null, "http://localhost:8080",
                new AllywayProperties.SignIn(5, Duration.ofMinutes(15)), new AllywayProperties.Invitation(
                        Duration.ofDays(7)), "admin@allyway.local", new AllywayProperties.Attribution(
                        Duration.ofDays(180)), 16, new AllywayProperties.Formalization(20, 3), "Acme Ltd",
                new AllywayProperties.Signing(keystore, password, null));
        return new CompanySigningKeys(properties, environment);
    }

    private Path keystore(SigningKey key, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("company", key.privateKey(), password.toCharArray(),
                key.chain().toArray(Certificate[]::new));
        Path file = dataDir.resolve("company.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
