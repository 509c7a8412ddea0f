package com.allyway.agreement;

import com.allyway.agreement.pdf.SelfSignedKey;
import com.allyway.agreement.pdf.SigningKey;
import com.allyway.shared.AllywayProperties;
import com.allyway.shared.mongo.MongoUris;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The company's agreement-signing key: the operator's PKCS#12 keystore when one is configured
 * ({@code ALLYWAY_SIGNING_KEYSTORE}, {@code ALLYWAY_SIGNING_KEYSTORE_PASSWORD}). Without one, the embedded default
 * makes a self-signed demo key under the data directory on first use, says so in the log, and agreement pages show that
 * their signatures are made with a demo key. With an external MongoDB (a real installation) and no keystore,
 * approving an agreement is refused rather than signed with a key nobody can trust.
 */
@Component
class CompanySigningKeys {

    private static final Logger log = LoggerFactory.getLogger(CompanySigningKeys.class);
    static final String DEMO_KEY_FILE = "signing/demo-company-key.p12";
    // The demo key protects nothing, so its password is no secret; the file sits next to the demo database.
    private static final char[] DEMO_PASSWORD = "allyway-demo-key".toCharArray();

    private final AllywayProperties properties;
    private final boolean embedded;
    private volatile SigningKey key;

    CompanySigningKeys(AllywayProperties properties, Environment environment) {
        this.properties = properties;
        this.embedded = MongoUris.configuredUri(environment).isEmpty();
    }

    /** Whether agreements are (or will be) signed with the self-signed demo key. */
    boolean demo() {
        return !configured() && embedded;
    }

    /** An empty environment variable counts as not set. */
    private boolean configured() {
        return properties.signing().keystore() != null && !properties.signing().keystore().toString().isBlank();
    }

    /** @throws SigningUnavailableException when no key is configured outside the embedded default */
    SigningKey key() {
        SigningKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private SigningKey load() {
        AllywayProperties.Signing signing = properties.signing();
        if (configured()) {
            char[] password = signing.password() == null ? new char[0] : signing.password().toCharArray();
            return read(signing.keystore(), password, signing.alias(), false);
        }
        if (!embedded) {
            throw new SigningUnavailableException("No signing key is configured. Set ALLYWAY_SIGNING_KEYSTORE and"
                    + " ALLYWAY_SIGNING_KEYSTORE_PASSWORD to the company's PKCS#12 keystore (see the README).");
        }
        Path file = properties.dataDir().resolve(DEMO_KEY_FILE);
        if (!Files.exists(file)) {
            createDemoKey(file);
        }
        log.warn("Agreements are signed with the self-signed DEMO key in {}. Its signatures prove nothing to anyone"
                + " outside this machine: configure ALLYWAY_SIGNING_KEYSTORE for real use.", file.toAbsolutePath());
        return read(file, DEMO_PASSWORD, null, true);
    }

    private static SigningKey read(Path file, char[] password, String alias, boolean demo) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias != null && !alias.isBlank() ? alias : Collections.list(store.aliases()).stream()
                    .filter(name -> isKey(store, name)).findFirst()
                    .orElseThrow(() -> new SigningUnavailableException("The keystore " + file + " holds no key."));
            if (!(store.getKey(chosen, password) instanceof PrivateKey privateKey)) {
                throw new SigningUnavailableException("The keystore " + file + " has no key named " + chosen + ".");
            }
            Certificate[] chain = store.getCertificateChain(chosen);
            List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return new SigningKey(privateKey, certificates, demo);
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningUnavailableException("Cannot read the signing keystore " + file + ": " + e.getMessage()
                    + " (check ALLYWAY_SIGNING_KEYSTORE and ALLYWAY_SIGNING_KEYSTORE_PASSWORD).");
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void createDemoKey(Path file) {
        SigningKey generated = SelfSignedKey.generate(
                "CN=Allyway demo signing key, O=Allyway demo (not a real company)");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("company", generated.privateKey(), DEMO_PASSWORD,
                    generated.chain().toArray(Certificate[]::new));
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, DEMO_PASSWORD);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.warn("Created a self-signed DEMO signing key in {}", file.toAbsolutePath());
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningUnavailableException("Cannot create the demo signing key in " + file + ": "
                    + e.getMessage());
        }
    }
}
