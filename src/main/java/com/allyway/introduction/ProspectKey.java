package com.allyway.introduction;

/**
 * What identifies a prospect for duplicate detection: its company domain (none for free-mail addresses) and its
 * folded company name. Two introductions concern the same prospect when either matches.
 *
 * @param domain     the registrable domain, or {@code null} when unknown or a free-mail provider's
 * @param companyKey the {@link CompanyNames#key folded company name}, or empty
 */
public record ProspectKey(String domain, String companyKey) {

    public ProspectKey {
        companyKey = companyKey == null ? "" : companyKey;
    }

    /** The key of a prospect as entered: a company name, and optionally a website, domain or email address. */
    public static ProspectKey of(String companyName, String websiteOrEmail) {
        String domain = null;
        if (websiteOrEmail != null && !websiteOrEmail.isBlank()) {
            ProspectDomain parsed = ProspectDomain.parse(websiteOrEmail);
            domain = parsed.isFreeMail() ? null : parsed.value();
        }
        return new ProspectKey(domain, CompanyNames.key(companyName));
    }

    public boolean sameProspectAs(ProspectKey other) {
        boolean sameDomain = domain != null && domain.equals(other.domain);
        boolean sameName = !companyKey.isEmpty() && companyKey.equals(other.companyKey);
        return sameDomain || sameName;
    }
}
