package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.demo.DemoData;
import com.allyway.testing.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One introduction worked live by a partner and staff in two browsers: what one does appears in the other's
 * open page without a reload (Vaadin Push). A second partner logging the same prospect is told it is known.
 */
class LiveIntroductionBrowserIT extends BrowserTest {



    @Test
    void aPartnerAndStaffWorkOneIntroductionLive() throws IOException {
        String company = Fixtures.unique("Livewire");
        BrowserPage partner = sessions.signedIn("maya@northwind.example", DemoData.PASSWORD, "partner");
        BrowserPage staff = sessions.signedIn("staff@allyway.example", DemoData.PASSWORD, "staff");
        staff.open("/introductions");
        staff.waitForText("Every introduction");

        partner.open("/introductions/new");
        partner.type("prospect-company", company);
        partner.type("prospect-website", company + ".com");
        partner.type("contact-name", "Ada Prospect");
        partner.click("log-introduction");
        partner.waiting().until(ExpectedConditions.urlContains("/introduction/"));

        staff.waitForText(company);
        staff.screenshot("live-staff-list.png");

        staff.browser().get(partner.browser().getCurrentUrl());
        staff.waitForText("Also viewing now: Maya Lindqvist");
        staff.choose("next-status", "Accepted");
        staff.click("apply-status");
        staff.waitForText("Status: New → Accepted");
        staff.type("timeline-message", "Thanks! We are calling them tomorrow.");
        staff.click("post-comment");

        partner.waitForText("Thanks! We are calling them tomorrow.");
        assertThat(partner.text()).contains("Accepted");
        partner.screenshot("live-partner-detail.png");

        BrowserPage otherPartner = sessions.signedIn("zoe@brightpath.example", DemoData.PASSWORD, "other-partner");
        otherPartner.open("/introductions/new");
        otherPartner.type("prospect-company", company + " GmbH");
        otherPartner.type("prospect-website", "https://www." + company + ".com/");
        otherPartner.type("contact-name", "Bea Prospect");
        otherPartner.click("log-introduction");
        otherPartner.waitForText("already known to us");
        assertThat(otherPartner.text()).doesNotContain("Northwind");
        otherPartner.screenshot("live-known-prospect.png");
    }
}
