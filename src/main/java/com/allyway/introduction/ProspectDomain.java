package com.allyway.introduction;

import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The company behind a website, domain or email address, as its registrable domain in ASCII:
 * {@code https://www.Sales.Acme.co.uk/about} and {@code jane@acme.co.uk} are both {@code acme.co.uk}, and
 * {@code bücher.de} is {@code xn--bcher-kva.de}. Free-mail domains such as gmail.com are recognised, because they
 * say nothing about a company.
 */
public record ProspectDomain(String value) {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*://|mailto:)");
    private static final Set<String> FREE_MAIL = readList("free-mail-domains.txt");
    private static final Set<String> SHARED_HOSTS = readList("shared-host-domains.txt");
    /** Providers with a domain per country: yahoo.co.jp, hotmail.it, gmx.ch... */
    private static final Set<String> FREE_MAIL_FAMILIES = Set.of("yahoo", "hotmail", "outlook", "live", "gmx",
            "yandex", "aol", "icloud", "proton", "protonmail", "gmail", "googlemail", "windowslive", "rocketmail");
    private static final int MAX_INPUT_LENGTH = 2048;

    /**
     * Reads a website, domain or email address.
     *
     * @throws InvalidProspectException when no registrable domain can be found in {@code input}
     */
    public static ProspectDomain parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidProspectException("Enter a website, domain or email address.");
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            throw new InvalidProspectException("This address is " + input.length() + " characters long; a website"
                    + " or domain has at most " + MAX_INPUT_LENGTH + ".");
        }
        String host = hostOf(input.strip().toLowerCase(Locale.ROOT));
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw notADomain(input);
        }
        if (ascii.isEmpty() || !InternetDomainName.isValid(ascii)) {
            throw notADomain(input);
        }
        InternetDomainName name = InternetDomainName.from(ascii);
        if (!name.isUnderPublicSuffix()) {
            throw new InvalidProspectException("\"" + input.strip() + "\" is not a company's domain. Enter its"
                    + " website, such as acme.com.");
        }
        return new ProspectDomain(name.topPrivateDomain().toString());
    }

    /** Whether this is a mailbox provider's domain (gmail.com and the like) rather than a company's. */
    public boolean isFreeMail() {
        return FREE_MAIL.contains(value) || FREE_MAIL_FAMILIES.contains(value.substring(0, value.indexOf('.')));
    }

    /**
     * Whether this domain says which company it is: not for free mail, and not for shared hosts such as
     * linkedin.com or wordpress.com, where many companies have a page.
     */
    public boolean identifiesACompany() {
        return !isFreeMail() && !SHARED_HOSTS.contains(value);
    }

    private static String hostOf(String input) {
        String rest = input;
        boolean url = SCHEME.matcher(rest).find() && !rest.startsWith("mailto:");
        int at = rest.lastIndexOf('@');
        if (at >= 0 && !url) {
            rest = rest.substring(at + 1); // an email address
        }
        rest = SCHEME.matcher(rest).replaceFirst("");
        int end = indexOfAny(rest, "/?#");
        if (end >= 0) {
            rest = rest.substring(0, end);
        }
        int userInfo = rest.lastIndexOf('@');
        if (userInfo >= 0) {
            rest = rest.substring(userInfo + 1);
        }
        int port = rest.lastIndexOf(':');
        if (port >= 0) {
            rest = rest.substring(0, port);
        }
        while (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidProspectException notADomain(String input) {
        return new InvalidProspectException("\"" + input.strip() + "\" is not a website or domain. Enter one such"
                + " as acme.com.");
    }

    private static Set<String> readList(String resource) {
        try (InputStream in = ProspectDomain.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
