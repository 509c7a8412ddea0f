package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.allyway.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The relationship directory and page, and the demo's conflict, in a real browser: staff see the activity columns,
 * open a relationship, and find the conflict form on the conflicting introduction. Screenshots go to
 * {@code target/screenshots/}.
 */
@IntegrationTest
class ConflictBrowserIT {

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
