package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.allyway.demo.DemoData;
import com.allyway.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser: the demo people sign in through the login page and land on their homes.
 * Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
class DemoSignInBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @TempDir
    Path browserProfile;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Optional<HeadlessChromium> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), HeadlessChromium.INSTALL_HINT);
        browser = chromium.get().start(browserProfile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDemoPartnerSignsInAndSeesTheirOrganizationsHome() throws IOException {
        signIn("maya@northwind.example");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Maya"));
        assertThat(browser.getCurrentUrl()).endsWith("/partner");
        assertThat(browser.getTitle()).isEqualTo("Home");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h3"), "Northwind Advisory"));
        screenshot("partner-home.png");
    }

    @Test
    void theColourSchemeSwitchesToDarkAndStaysDarkAfterAReload() throws IOException {
        signIn("zoe@brightpath.example");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Zoë"));

        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='Switch between light and dark']"))).click();
        wait.until(driver -> "dark".equals(htmlTheme()));
        screenshot("partner-home-dark.png");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Zoë"));
        wait.until(driver -> "dark".equals(htmlTheme()));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "staff@allyway.example, /staff, Welcome, Sam",
            "finance@allyway.example, /finance, Welcome, Felix",
            "founder@allyway.example, /founder, Welcome, Fiona",
            "admin@allyway.example, /admin, Welcome, Ada"})
    void everyInternalDemoRoleLandsOnItsOwnHome(String email, String home, String greeting, String firstName)
            throws IOException {
        signIn(email);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"),
                greeting + ", " + firstName));
        assertThat(browser.getCurrentUrl()).endsWith(home);
        screenshot(home.substring(1) + "-home.png");
    }

    @Test
    void aWrongPasswordShowsTheGenericMessageAndSigningOutReturnsToTheLoginPage() {
        browser.get(url("/login"));
        typeCredentials("staff@allyway.example", "not the password");
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(driver -> pageText().contains("Wrong username or password"));

        typeCredentials("staff@allyway.example", DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/staff"));
        WebElement signOut = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Sign out')]")));
        signOut.click();

        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get(url("/staff"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void signIn(String email) {
        browser.get(url("/login"));
        typeCredentials(email, DemoData.PASSWORD);
    }

    private void typeCredentials(String email, String password) {
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordField.clear();
        passwordField.sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], "
                + "vaadin-login-form vaadin-button[theme~='submit']")).click();
    }

    private Object htmlTheme() {
        return ((JavascriptExecutor) browser).executeScript("return document.documentElement.getAttribute('theme')");
    }

    private String pageText() {
        // The login form renders its message inside shadow roots, which innerText does not enter.
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

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
