package com.allyway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.MutableClock;
import com.allyway.testing.SignedIn;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deliveries to a real HTTP receiver on this machine: signed, retried after a failure, logged for the partner. */
@IntegrationTest
class WebhookDeliveryIT {

    /** What the receiver got: headers that matter and the body. */
    record Received(String event, String delivery, long timestamp, String signature, String body) {
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    IntroductionService introductions;
    @Autowired
    MutableClock clock;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("X-Allyway-Event"), headers.getFirst("X-Allyway-Delivery"),
                        Long.parseLong(headers.getFirst("X-Allyway-Timestamp")),
                        headers.getFirst("X-Allyway-Signature"), new String(body.readAllBytes(),
                        StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(failuresToAnswer.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        clock.reset();
    }

    @Test
    void staffAcceptingAnIntroductionReachesThePartnerSignedAndIsRetriedAfterAFailure() {
        Organization northwind = fixtures.partnerOrganization();
        AllywayUser admin = fixtures.organizationAdmin(northwind);
        IssuedWebhook webhook = SignedIn.as(admin, () -> webhooks.save("http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook"));
        String introduction = fixtures.introduction(northwind, java.time.LocalDate.now(clock));
        failuresToAnswer.set(1);

        SignedIn.run(fixtures.internalUser(Role.STAFF), () -> introductions.changeStatus(introduction,
                introductions.find(introduction).orElseThrow().getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));
        dispatcher.deliverDue();

        assertThat(received).hasSize(1);
        WebhookDelivery waiting = SignedIn.as(admin, webhooks::deliveries).getFirst();
        assertThat(waiting.getStatus()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastResult()).isEqualTo("HTTP 503");

        dispatcher.deliverDue();
        assertThat(received).as("not due again before its pause").hasSize(1);
        clock.advance(Duration.ofSeconds(61));
        dispatcher.deliverDue();

        assertThat(received).hasSize(2);
        Received last = received.getLast();
        assertThat(last.delivery()).as("a retry is the same delivery").isEqualTo(received.getFirst().delivery());
        assertThat(last.body()).isEqualTo(received.getFirst().body());
        assertThat(WebhookSignature.verify(webhook.secret(), last.timestamp(), last.body(), last.signature()))
                .isTrue();
        assertThat(last.event()).isEqualTo("introduction.status_changed");
        JsonNode payload = JsonMapper.shared().readTree(last.body());
        assertThat(payload.get("type").asString()).isEqualTo("introduction.status_changed");
        assertThat(payload.get("data").get("introductionId").asString()).isEqualTo(introduction);
        assertThat(payload.get("data").get("from").asString()).isEqualTo("NEW");
        assertThat(payload.get("data").get("to").asString()).isEqualTo("ACCEPTED");
        WebhookDelivery delivered = SignedIn.as(admin, webhooks::deliveries).getFirst();
        assertThat(delivered.getStatus()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivered.getAttempts()).isEqualTo(2);

        AllywayUser otherAdmin = fixtures.organizationAdmin(fixtures.partnerOrganization());
        assertThat(SignedIn.as(otherAdmin, webhooks::deliveries)).as("another organization's log")
                .extracting(WebhookDelivery::getId).doesNotContain(delivered.getId());
    }

    @Test
    void removingTheWebhookDropsWhatWasStillWaitingForIt() {
        Organization northwind = fixtures.partnerOrganization();
        AllywayUser admin = fixtures.organizationAdmin(northwind);
        SignedIn.run(admin, () -> webhooks.save("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
        String introduction = fixtures.introduction(northwind, java.time.LocalDate.now(clock));
        SignedIn.run(fixtures.internalUser(Role.STAFF), () -> introductions.changeStatus(introduction,
                introductions.find(introduction).orElseThrow().getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));

        SignedIn.run(admin, webhooks::remove);
        SignedIn.run(admin, () -> webhooks.save("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
        dispatcher.deliverDue();

        assertThat(received).as("nothing meant for the removed webhook goes to the new one").isEmpty();
        WebhookDelivery dropped = SignedIn.as(admin, webhooks::deliveries).getFirst();
        assertThat(dropped.getStatus()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(dropped.getLastResult()).contains("webhook was removed");
    }

    @Test
    void anOrganizationWithoutAWebhookGetsNoDeliveriesAndPlainHttpElsewhereIsRefused() {
        Organization quiet = fixtures.partnerOrganization();
        AllywayUser admin = fixtures.organizationAdmin(quiet);
        String introduction = fixtures.introduction(quiet, java.time.LocalDate.now(clock));
        SignedIn.run(fixtures.internalUser(Role.STAFF), () -> introductions.changeStatus(introduction,
                introductions.find(introduction).orElseThrow().getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));

        assertThat(SignedIn.as(admin, webhooks::deliveries)).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(admin, () -> webhooks.save("http://crm.example.com/hook")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Use https");
    }
}
