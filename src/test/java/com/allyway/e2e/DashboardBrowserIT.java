package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.payout.RevenueEntry;
import com.allyway.payout.RevenueEvent;
import com.allyway.payout.RevenueService;
import com.allyway.payout.StatementService;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.testing.Fixtures;
import com.allyway.testing.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role's home draws its charts in a real browser (ECharts, from the WebJar, through the chart component) with
 * the table of numbers next to each, follows the dark scheme, and leaves a screenshot in {@code target/screenshots}.
 */
class DashboardBrowserIT extends BrowserTest {

    private static final String DRAWN_CHARTS = "return document.querySelectorAll('allyway-chart[data-rendered] svg')"
            + ".length";

    @Autowired
    Fixtures fixtures;
    @Autowired
    RevenueService revenue;
    @Autowired
    StatementService statements;


    @Test
    void everyRoleHomeDrawsItsChartsWithTheirNumbers() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Organization northwind = fixtures.partnerOrganization();
        fixtures.introduction(northwind, today.minusDays(2));
        fixtures.wonIntroduction(northwind, today.minusDays(4));
        fixtures.wonIntroduction(fixtures.organization("Chart Ally", RelationshipType.ALLY), today.minusDays(6));
        AllywayUser partner = fixtures.partnerUser(northwind);

        BrowserPage partnerPage = home(partner, "partner");
        partnerPage.waitForText("Your introductions by status");
        assertThat(partnerPage.text()).contains("Conversion: 1 won of 1 decided (100.0 %).");
        partnerPage.screenshot("dashboard-partner.png");

        BrowserPage staffPage = home(fixtures.internalUser(Role.STAFF), "staff");
        assertThat(staffPage.text()).contains("Pipeline by stage", "Introductions per week", "Waiting for a decision");
        staffPage.screenshot("dashboard-staff.png");

        BrowserPage founderPage = home(fixtures.internalUser(Role.FOUNDER), "founder");
        assertThat(founderPage.text()).contains("Conversion to won, last 12 months", "Allies and referral partners"
                + " compared", "Chart Ally");
        founderPage.screenshot("dashboard-founder.png");
        JavascriptExecutor script = (JavascriptExecutor) founderPage.browser();
        script.executeScript("document.documentElement.setAttribute('theme', 'dark')");
        founderPage.waiting().until(browser -> Boolean.TRUE.equals(script.executeScript(
                "const chart = document.querySelector('allyway-chart[data-rendered]');"
                        + "return chart && chart._dark === true && chart.querySelector('svg') !== null")));
        founderPage.screenshot("dashboard-founder-dark.png");

        // A paid invoice two months ago (on this month's draft) and one ten days ago (payable in 20 days).
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);
        fixtures.acceptedAgreement(northwind, today.minusMonths(3).withDayOfMonth(1));
        String won = fixtures.wonIntroduction(northwind, today.minusMonths(2).withDayOfMonth(1));
        SignedIn.run(finance, () -> {
            for (LocalDate paid : List.of(today.minusMonths(2).withDayOfMonth(10), today.minusDays(10))) {
                String invoice = Fixtures.unique("INV");
                revenue.record(new RevenueEntry(RevenueEvent.Kind.PAYMENT, invoice, invoice, won,
                        new Money(new BigDecimal("4000.00"), Currency.getInstance("EUR")), paid));
            }
            statements.generate(today);
        });
        BrowserPage financePage = home(finance, "finance");
        assertThat(financePage.text()).contains("Commission becoming payable, next four weeks", "Payouts per period");
        financePage.screenshot("dashboard-finance.png");
    }

    /** Signs in, opens the home and waits until at least one chart is drawn as SVG. */
    private BrowserPage home(AllywayUser user, String profile) {
        BrowserPage page = sessions.signedIn(user.email(), Fixtures.PASSWORD, profile);
        page.open("/");
        JavascriptExecutor script = (JavascriptExecutor) page.browser();
        page.waiting().until(browser -> ((Number) script.executeScript(DRAWN_CHARTS)).intValue() > 0);
        return page;
    }
}
