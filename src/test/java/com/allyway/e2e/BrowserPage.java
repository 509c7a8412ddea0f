package com.allyway.e2e;

import com.allyway.demo.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do with a page of the portal: sign in, type, read all text, take a screenshot. */
final class BrowserPage {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver browser;
    private final int port;

    BrowserPage(WebDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    WebDriver browser() {
        return browser;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Types into the login form and submits it, without waiting for where it leads. */
    void submitLogin(String email, String password) {
        WebElement username = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordField.clear();
        passwordField.sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], "
                + "vaadin-login-form vaadin-button[theme~='submit']")).click();
    }

    /** Signs in a demo account and waits until the login page is left. */
    void signIn(String email) {
        signIn(email, DemoData.PASSWORD);
    }

    void signIn(String email, String password) {
        open("/login");
        submitLogin(email, password);
        waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /**
     * Downloads what the link with this id points to, in this browser's session (its cookies), as the person
     * clicking it would get it.
     */
    byte[] download(String linkId) {
        WebElement link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(linkId)));
        Object base64 = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(response => response.ok ? response.arrayBuffer() : Promise.reject(response.status))
                  .then(buffer => {
                    let binary = '';
                    new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                    done(btoa(binary));
                  })
                  .catch(error => done('ERROR ' + error));
                """, link.getAttribute("href"));
        if (String.valueOf(base64).startsWith("ERROR")) {
            throw new IllegalStateException("Download of #" + linkId + " failed: " + base64);
        }
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Chooses a file in the Vaadin upload with this id (its file input lives in the shadow root). */
    void upload(String uploadId, Path file) {
        WebElement upload = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = waiting().until(driver -> {
            List<WebElement> inputs = upload.findElements(By.cssSelector("input[type='file']"));
            if (inputs.isEmpty()) {
                inputs = upload.getShadowRoot().findElements(By.cssSelector("input[type='file']"));
            }
            return inputs.isEmpty() ? null : inputs.getFirst();
        });
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Types into the Vaadin field with this id. */
    void type(String id, String text) {
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea"))).sendKeys(text);
    }

    /**
     * Clicks the element with this id once it can take the click: scrolled to the middle of the window, where no
     * notification toast at the window's edge covers it.
     */
    void click(String id) {
        click(By.id(id));
    }

    /**
     * Picks an item of the Vaadin combo box with this id: types its text, clicks the item once the list shows it,
     * and waits until the list has closed (an open list takes the next click, whatever it was aimed at).
     */
    void choose(String comboId, String item) {
        type(comboId, item);
        click(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-combo-box-overlay[opened]")));
    }

    /** Clicks the grid cell showing exactly this text, once it is there. */
    void clickCell(String text) {
        click(By.xpath("//vaadin-grid-cell-content[text()='" + text + "']"));
    }

    private void click(By locator) {
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            element.click();
            return true;
        });
    }

    void waitForText(String text) {
        waiting().until(driver -> text().contains(text));
    }

    /** All text on the page, including inside shadow roots (the login form's message) and notifications. */
    String text() {
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

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
