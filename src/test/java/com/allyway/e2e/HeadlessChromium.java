package com.allyway.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, started headless with the flags that work in a closed sandbox. Nothing is
 * downloaded: where no browser is installed, {@link #find()} is empty and the browser tests skip.
 */
final class HeadlessChromium {

    static final String INSTALL_HINT = "No Chromium/ChromeDriver found (looked at $CHROME_BIN, $CHROMEDRIVER,"
            + " /usr/bin/chromium, /usr/bin/chromedriver): browser tests skipped. Install them with"
            + " 'apt-get install chromium chromium-driver' (.ci/run does).";

    private final Path browser;
    private final Path driver;

    private HeadlessChromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    static Optional<HeadlessChromium> find() {
        Optional<Path> browser = firstExecutable(System.getenv("CHROME_BIN"), "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driver = firstExecutable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new HeadlessChromium(browser.get(), driver.get())) : Optional.empty();
    }

    ChromeDriver start(Path profileDirectory) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profileDirectory));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> firstExecutable(String... candidates) {
        return Stream.of(candidates).filter(candidate -> candidate != null && !candidate.isBlank())
                .map(Path::of).filter(path -> Files.isExecutable(path) && !new File(path.toString()).isDirectory())
                .findFirst();
    }
}
