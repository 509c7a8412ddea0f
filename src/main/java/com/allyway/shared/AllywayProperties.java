package com.allyway.shared;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator can set about Allyway itself, under the {@code allyway.} prefix. The README's
 * configuration table lists the environment variables that map onto these.
 *
 * @param dataDir    where the embedded MongoDB keeps its files (and, later, the demo signing key)
 * @param demo       seed demo data on an empty database; {@code null} means "decide from the storage":
 *                   on for the embedded default, off when an external MongoDB is configured
 * @param publicUrl  the address people use to reach the portal, used to build invitation links
 * @param signIn     lockout after repeated failed sign-ins
 * @param invitation lifetime of invitation links
 * @param bootstrapAdminEmail on an empty database without demo data, an admin invitation is issued for this address
 * @param attribution how long the first introduction of a prospect owns it
 * @param embeddedCacheMegabytes memory the embedded MongoDB keeps its data in; unused with an external MongoDB
 * @param formalization the thresholds of the formalization advice
 * @param companyName the company's legal name, printed on agreements as the party partners contract with
 * @param signing     the company's signing key for agreement PDFs
 */
@ConfigurationProperties("allyway")
public record AllywayProperties(
        @DefaultValue("./data") Path dataDir,
        Boolean demo,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue SignIn signIn,
        @DefaultValue Invitation invitation,
        @DefaultValue("admin@allyway.local") String bootstrapAdminEmail,
        @DefaultValue Attribution attribution,
        @DefaultValue("128") int embeddedCacheMegabytes,
        @DefaultValue Formalization formalization,
        @DefaultValue("Allyway Demo Company Ltd") String companyName,
        @DefaultValue Signing signing) {

    public record SignIn(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockoutDuration) {
    }

    public record Invitation(@DefaultValue("7d") Duration validity) {
    }

    public record Attribution(@DefaultValue("180d") Duration window) {
    }

    /**
     * @param keystore a PKCS#12 file with the company's key and certificate chain; without one, the embedded default
     *                 makes a self-signed demo key under the data directory
     * @param password the keystore's password (also the key's)
     * @param alias    the key's alias; empty: the keystore's first key
     */
    public record Signing(Path keystore, String password, String alias) {
    }

    public record Formalization(@DefaultValue("20") int introductionsPerMonth,
            @DefaultValue("3") int conflictsPerQuarter) {
    }
}
