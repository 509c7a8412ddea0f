package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.webhook.WebhookDispatcher;
import com.allyway.webhook.WebhookSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when" for integrations, in headless Chromium: a partner's organization admin creates an API key
 * and a webhook in the portal, their system logs an introduction over HTTP with the key (as the README's curl
 * does), staff accept it in the portal, and the partner's receiver gets the signed delivery.
 */
class ApiAndWebhookBrowserIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    WebhookDispatcher dispatcher;

    private HttpServer receiver;
    private final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Allyway-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-Allyway-Signature"),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)});
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) { // null when the test was skipped for want of a browser
            receiver.stop(0);
        }
    }

    @Test
    void aPartnersSystemLogsAnIntroductionWithItsKeyAndHearsWhenStaffAcceptIt() throws Exception {
        Organization northwind = fixtures.partnerOrganization();
        AllywayUser admin = fixtures.organizationAdmin(northwind);
        AllywayUser staff = fixtures.internalUser(Role.STAFF);

        BrowserPage partnerPage = sessions.signedIn(admin.email(), Fixtures.PASSWORD, "partner");
        partnerPage.open("/api-keys");
        partnerPage.type("api-key-name", "CRM sync");
        partnerPage.click("create-api-key");
        String key = partnerPage.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("api-key-secret"))).getText().strip();
        partnerPage.screenshot("api-key-created.png");
        partnerPage.open("/webhooks");
        partnerPage.type("webhook-url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        partnerPage.click("save-webhook");
        String secret = partnerPage.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("webhook-secret"))).getText().strip();

        HttpResponse<String> logged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/introductions"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"prospectCompany": "%s", "prospectWebsite": "https://%s.com",
                         "contactName": "Dana Buyer", "contactEmail": "dana@%s.com"}
                        """.formatted("Acme Webhooks " + port, "acme-webhooks-" + port, "acme-webhooks-" + port)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        String id = JsonMapper.shared().readTree(logged.body()).get("id").asString();

        BrowserPage staffPage = sessions.signedIn(staff.email(), Fixtures.PASSWORD, "staff");
        staffPage.open("/introduction/" + id);
        staffPage.choose("next-status", "Accepted");
        staffPage.click("apply-status");
        staffPage.waitForText("Status: New → Accepted");
        dispatcher.deliverDue(); // the poller would within 5 s; the tests' poller waits an hour

        String[] delivery = received.poll(30, TimeUnit.SECONDS);
        assertThat(delivery).as("a delivery within 30 s").isNotNull();
        assertThat(WebhookSignature.verify(secret, Long.parseLong(delivery[0]), delivery[2],
                delivery[1])).isTrue();
        assertThat(delivery[2]).contains("\"introductionId\":\"" + id + "\"", "\"to\":\"ACCEPTED\"");

        partnerPage.open("/webhooks");
        partnerPage.waitForText("Delivered");
        partnerPage.screenshot("webhook-delivered.png");
    }
}
