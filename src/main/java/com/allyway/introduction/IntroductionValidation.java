package com.allyway.introduction;

import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.LocalDate;

/**
 * The service's own check of introduction details: the form may have been bypassed. Each refusal names the field
 * and says what is wrong; on success the details come back stripped, with the date filled in.
 */
final class IntroductionValidation {

    private IntroductionValidation() {
    }

    static IntroductionDetails validated(IntroductionDetails details, LocalDate today) {
        if (details == null) {
            throw new RejectedInputException("prospectCompany", "Enter the prospect's company.");
        }
        String company = required(details.prospectCompany(), "prospectCompany", "Enter the prospect's company.",
                IntroductionDetails.NAME_MAX_LENGTH);
        String contactName = required(details.contactName(), "contactName", "Enter the contact person's name.",
                IntroductionDetails.NAME_MAX_LENGTH);
        String website = optional(details.prospectWebsite(), "prospectWebsite", IntroductionDetails.WEBSITE_MAX_LENGTH);
        String email = optional(details.contactEmail(), "contactEmail", EmailAddresses.MAX_LENGTH);
        if (email != null && !EmailAddresses.isPlausible(email)) {
            throw new RejectedInputException("contactEmail", "Enter an email address such as jane@acme.com.");
        }
        if (website == null && email == null) {
            throw new RejectedInputException("prospectWebsite",
                    "Enter the prospect's website or the contact's email address, so we can tell whether the"
                            + " prospect is already known.");
        }
        LocalDate introducedOn = details.introducedOn() == null ? today : details.introducedOn();
        if (introducedOn.isAfter(today)) {
            throw new RejectedInputException("introducedOn", "An introduction cannot be made on a future date.");
        }
        return new IntroductionDetails(company, website, contactName,
                email == null ? null : EmailAddresses.normalize(email),
                optional(details.contactRole(), "contactRole", IntroductionDetails.ROLE_MAX_LENGTH),
                optional(details.whyGoodFit(), "whyGoodFit", IntroductionDetails.WHY_MAX_LENGTH),
                optional(details.introducedBy(), "introducedBy", IntroductionDetails.NAME_MAX_LENGTH),
                introducedOn);
    }

    /** The prospect's matching key: its domain from the website, else from the contact's email address. */
    static ProspectKey prospectKey(IntroductionDetails valid) {
        String domain = companyDomain(valid.prospectWebsite(), "prospectWebsite");
        String emailDomain = companyDomain(valid.contactEmail(), "contactEmail");
        return new ProspectKey(domain != null ? domain : emailDomain, CompanyNames.key(valid.prospectCompany()));
    }

    private static String companyDomain(String address, String field) {
        try {
            return ProspectKey.companyDomain(address);
        } catch (InvalidProspectException invalid) {
            throw new RejectedInputException(field, invalid.getMessage());
        }
    }

    private static String required(String value, String field, String missing, int maxLength) {
        return TextInput.required(value, field, missing, "This", maxLength);
    }

    private static String optional(String value, String field, int maxLength) {
        return TextInput.optional(value, field, "This", maxLength);
    }
}
