package com.allyway.introduction;

import java.time.LocalDate;

/**
 * What a person enters when logging an introduction. The four essentials come first: the prospect company, its
 * website, the contact's name and email; the service checks everything again, whatever the form did.
 *
 * @param introducedBy the person at the relationship who made the introduction (free text; allies have no login)
 * @param introducedOn defaults to today when empty
 */
public record IntroductionDetails(String prospectCompany, String prospectWebsite, String contactName,
        String contactEmail, String contactRole, String whyGoodFit, String introducedBy, LocalDate introducedOn) {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int WEBSITE_MAX_LENGTH = 200;
    public static final int ROLE_MAX_LENGTH = 120;
    public static final int WHY_MAX_LENGTH = 4000;
}
