package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.allyway.demo.DemoData;
import com.allyway.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser: the demo people sign in through the login page and land on their homes; staff
 * find the relationship directory, a relationship page and the demo's conflict to settle.
 * Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
class DemoSignInBrowserIT {

    @LocalServerPort
    int port;
    @TempDir
    Path browserProfile;

    private WebDriver browser;
    private BrowserPage page;

    @BeforeEach
    void startBrowser() {
        Optional<HeadlessChromium> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), HeadlessChromium.INSTALL_HINT);
        browser = chromium.get().start(browserProfile);
        page = new BrowserPage(browser, port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDemoPartnerSignsInAndSeesTheirOrganizationsHome() throws IOException {
        page.signIn("maya@northwind.example");

        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Maya"));
        assertThat(browser.getCurrentUrl()).endsWith("/partner");
        assertThat(browser.getTitle()).isEqualTo("Home");
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h3"),
                "Northwind Advisory"));
        page.screenshot("partner-home.png");
    }

    @Test
    void theColourSchemeSwitchesToDarkAndStaysDarkAfterAReload() throws IOException {
        page.signIn("zoe@brightpath.example");
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Zoë"));

        page.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='Switch between light and dark']"))).click();
        page.waiting().until(driver -> "dark".equals(htmlTheme()));
        page.screenshot("partner-home-dark.png");

        browser.navigate().refresh();
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Zoë"));
        page.waiting().until(driver -> "dark".equals(htmlTheme()));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "staff@allyway.example, /staff, Welcome, Sam",
            "finance@allyway.example, /finance, Welcome, Felix",
            "founder@allyway.example, /founder, Welcome, Fiona",
            "admin@allyway.example, /admin, Welcome, Ada"})
    void everyInternalDemoRoleLandsOnItsOwnHome(String email, String home, String greeting, String firstName)
            throws IOException {
        page.signIn(email);

        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"),
                greeting + ", " + firstName));
        assertThat(browser.getCurrentUrl()).endsWith(home);
        page.screenshot(home.substring(1) + "-home.png");
    }

    @Test
    void aWrongPasswordShowsTheGenericMessageAndSigningOutReturnsToTheLoginPage() {
        page.open("/login");
        page.submitLogin("staff@allyway.example", "not the password");
        page.waiting().until(ExpectedConditions.urlContains("/login?error"));
        page.waitForText("Wrong username or password");

        page.submitLogin("staff@allyway.example", DemoData.PASSWORD);
        page.waiting().until(ExpectedConditions.urlContains("/staff"));
        WebElement signOut = page.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Sign out')]")));
        signOut.click();

        page.waiting().until(ExpectedConditions.urlContains("/login"));
        page.open("/staff");
        page.waiting().until(ExpectedConditions.urlContains("/login"));
    }

    private Object htmlTheme() {
        return ((JavascriptExecutor) browser).executeScript("return document.documentElement.getAttribute('theme')");
    }

    @Test
    void staffFindTheDirectoryARelationshipAndTheDemosConflictToSettle() throws IOException {
        page.signIn("staff@allyway.example");

        page.open("/relationships");
        page.waitForText("Intros 30 d");
        page.screenshot("relationship-directory.png");
        page.type("relationship-search", "Northwind");
        page.clickCell("Northwind Advisory");
        page.waitForText("People who sign in");
        page.waitForText("Maya Lindqvist");
        assertThat(page.text()).contains("Globex Corporation", "Umbrella Health");
        page.screenshot("relationship-page.png");

        page.open("/introductions");
        page.type("introduction-search", "Initech GmbH");
        page.clickCell("Initech GmbH");
        page.waitForText("Conflict: another relationship introduced this prospect first");
        assertThat(page.text()).contains("Keep first", "Reassign", "Split the credit", "Record decision");
        page.screenshot("conflict-to-settle.png");
    }
}
