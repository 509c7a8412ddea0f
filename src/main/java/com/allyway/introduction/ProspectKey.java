package com.allyway.introduction;

/**
 * What identifies a prospect for duplicate detection: its company domain (none for free-mail addresses) and its
 * folded company name. Two introductions concern the same prospect when either matches.
 *
 * @param domain     the registrable domain, or {@code null} when unknown, free mail or a shared host
 * @param companyKey the {@link CompanyNames#key folded company name}, or empty
 */
public record ProspectKey(String domain, String companyKey) {

    public ProspectKey {
        companyKey = companyKey == null ? "" : companyKey;
    }

    /**
     * The key of a prospect as entered: a company name, and websites, domains or email addresses in order of
     * preference; the first that identifies a company gives the domain (free mail and shared hosts do not).
     *
     * @throws InvalidProspectException when an address given is no domain at all
     */
    public static ProspectKey of(String companyName, String... websitesOrEmails) {
        String domain = null;
        for (String address : websitesOrEmails == null ? new String[0] : websitesOrEmails) {
            String companyDomain = companyDomain(address);
            if (domain == null) {
                domain = companyDomain;
            }
        }
        return new ProspectKey(domain, CompanyNames.key(companyName));
    }

    /**
     * The domain of a website or email address if it identifies a company; {@code null} when empty, free mail or
     * a shared host.
     *
     * @throws InvalidProspectException when the address is no domain at all
     */
    public static String companyDomain(String websiteOrEmail) {
        if (websiteOrEmail == null || websiteOrEmail.isBlank()) {
            return null;
        }
        ProspectDomain parsed = ProspectDomain.parse(websiteOrEmail);
        return parsed.identifiesACompany() ? parsed.value() : null;
    }

    public boolean sameProspectAs(ProspectKey other) {
        boolean sameDomain = domain != null && domain.equals(other.domain);
        boolean sameName = !companyKey.isEmpty() && companyKey.equals(other.companyKey);
        return sameDomain || sameName;
    }
}
