package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.allyway.demo.DemoData;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One introduction worked live by a partner and staff in two browsers: what one does appears in the other's
 * open page without a reload (Vaadin Push). A second partner logging the same prospect is told it is known.
 */
@IntegrationTest
class LiveIntroductionBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @TempDir
    Path profiles;

    private HeadlessChromium chromium;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void findBrowser() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), HeadlessChromium.INSTALL_HINT);
        chromium = found.get();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aPartnerAndStaffWorkOneIntroductionLive() throws IOException {
        String company = Fixtures.unique("Livewire");
        WebDriver partner = signedIn("maya@northwind.example", "partner");
        WebDriver staff = signedIn("staff@allyway.example", "staff");
        staff.get(url("/introductions"));
        waitFor(staff).until(driver -> deepText(driver).contains("Every introduction"));

        partner.get(url("/introductions/new"));
        type(partner, "prospect-company", company);
        type(partner, "prospect-website", company + ".com");
        type(partner, "contact-name", "Ada Prospect");
        waitFor(partner).until(ExpectedConditions.elementToBeClickable(By.id("log-introduction"))).click();
        waitFor(partner).until(ExpectedConditions.urlContains("/introduction/"));

        waitFor(staff).until(driver -> deepText(driver).contains(company));
        screenshot(staff, "live-staff-list.png");

        staff.get(partner.getCurrentUrl());
        waitFor(staff).until(driver -> deepText(driver).contains("Also viewing now: Maya Lindqvist"));
        WebElement next = waitFor(staff).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#next-status input")));
        next.sendKeys("Accepted");
        next.sendKeys(Keys.ENTER);
        staff.findElement(By.id("apply-status")).click();
        waitFor(staff).until(driver -> deepText(driver).contains("Status: New → Accepted"));
        type(staff, "timeline-message", "Thanks! We are calling them tomorrow.");
        staff.findElement(By.id("post-comment")).click();

        waitFor(partner).until(driver -> deepText(driver).contains("Thanks! We are calling them tomorrow."));
        assertThat(deepText(partner)).contains("Accepted");
        screenshot(partner, "live-partner-detail.png");

        WebDriver otherPartner = signedIn("zoe@brightpath.example", "other-partner");
        otherPartner.get(url("/introductions/new"));
        type(otherPartner, "prospect-company", company + " GmbH");
        type(otherPartner, "prospect-website", "https://www." + company + ".com/");
        type(otherPartner, "contact-name", "Bea Prospect");
        otherPartner.findElement(By.id("log-introduction")).click();
        waitFor(otherPartner).until(driver -> deepText(driver).contains("already known to us"));
        assertThat(deepText(otherPartner)).doesNotContain("Northwind");
        screenshot(otherPartner, "live-known-prospect.png");
    }

    private WebDriver signedIn(String email, String profile) {
        WebDriver browser = chromium.start(profiles.resolve(profile));
        browsers.add(browser);
        browser.get(url("/login"));
        WebElement username = waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoData.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], "
                + "vaadin-login-form vaadin-button[theme~='submit']")).click();
        waitFor(browser).until(driver -> !driver.getCurrentUrl().contains("/login"));
        return browser;
    }

    private void type(WebDriver browser, String id, String text) {
        WebElement input = waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.sendKeys(text);
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** All text on the page, including inside shadow roots and notifications. */
    private static String deepText(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const texts = [];
                const visit = node => {
                  if (node.shadowRoot) visit(node.shadowRoot);
                  for (const child of node.childNodes) {
                    if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent); else visit(child);
                  }
                };
                visit(document.body);
                return texts.join(' ');
                """));
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
