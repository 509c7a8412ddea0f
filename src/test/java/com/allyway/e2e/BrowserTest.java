package com.allyway.e2e;

import com.allyway.testing.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test starts from: the application on its port, and headless Chromium sessions with their
 * profiles in a scratch folder. Where no browser is installed, the test is skipped with a message, never failed.
 */
@IntegrationTest
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path work;
    BrowserSessions sessions;

    @BeforeEach
    void findBrowser() {
        sessions = BrowserSessions.findOrSkip(work, port);
    }

    @AfterEach
    void closeBrowsers() {
        if (sessions != null) { // null when the test was skipped for want of a browser
            sessions.close();
        }
    }
}
