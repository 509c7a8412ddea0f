package com.allyway.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * Several people, each in a headless Chromium of their own, signed in to one running portal. Skips the test (with
 * what to install) where no browser is found; {@link #close()} quits every browser it started.
 */
final class BrowserSessions implements AutoCloseable {

    private final HeadlessChromium chromium;
    private final Path profiles;
    private final int port;
    private final List<WebDriver> browsers = new ArrayList<>();

    private BrowserSessions(HeadlessChromium chromium, Path profiles, int port) {
        this.chromium = chromium;
        this.profiles = profiles;
        this.port = port;
    }

    static BrowserSessions findOrSkip(Path profiles, int port) {
        var found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), HeadlessChromium.INSTALL_HINT);
        return new BrowserSessions(found.get(), profiles, port);
    }

    /** A new browser with its own profile directory, signed in as {@code email}. */
    BrowserPage signedIn(String email, String password, String profile) {
        try {
            WebDriver browser = chromium.start(Files.createDirectories(profiles.resolve(profile)));
            browsers.add(browser);
            BrowserPage page = new BrowserPage(browser, port);
            page.signIn(email, password);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browsers.forEach(WebDriver::quit);
    }
}
