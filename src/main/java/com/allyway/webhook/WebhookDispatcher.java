package com.allyway.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: a signed POST to the organization's address, and on anything but a 2xx answer (or no
 * answer within 10 s) a retry later ({@link WebhookRetryPolicy}). Each delivery is leased before it is sent, so
 * two instances polling the same database never send it twice at the same time.
 */
@Component
public class WebhookDispatcher {

    static final String SIGNATURE_HEADER = "X-Allyway-Signature";
    static final String TIMESTAMP_HEADER = "X-Allyway-Timestamp";
    static final String EVENT_HEADER = "X-Allyway-Event";
    static final String DELIVERY_HEADER = "X-Allyway-Delivery";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDispatcher(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${allyway.webhooks.poll-interval:5s}",
            initialDelayString = "${allyway.webhooks.poll-interval:5s}")
    void poll() {
        deliverDue();
    }

    /** Sends what is due now (the poller calls this every few seconds). @return how many were attempted */
    public int deliverDue() {
        Instant now = clock.instant();
        List<WebhookDelivery> due = mongo.find(Query.query(Criteria.where("status")
                .is(WebhookDelivery.Status.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(BATCH), WebhookDelivery.class);
        int attempted = 0;
        for (WebhookDelivery delivery : due) {
            WebhookDelivery leased = lease(delivery, now);
            if (leased != null) {
                attempt(leased);
                attempted++;
            }
        }
        return attempted;
    }

    private WebhookDelivery lease(WebhookDelivery delivery, Instant now) {
        delivery.lease(now.plus(LEASE));
        try {
            return mongo.save(delivery);
        } catch (OptimisticLockingFailureException takenMeanwhile) {
            return null;
        }
    }

    private void attempt(WebhookDelivery delivery) {
        Webhook webhook = mongo.findById(delivery.getOrganizationId(), Webhook.class);
        Instant at = clock.instant();
        if (webhook == null) {
            delivery.abandon(at, "Not sent: the organization removed its webhook.");
            mongo.save(delivery);
            return;
        }
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.getUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Allyway-Webhooks/1")
                .header(EVENT_HEADER, delivery.getEvent())
                .header(DELIVERY_HEADER, delivery.getId())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(webhook.getSecret(), timestamp,
                        delivery.getPayload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload())).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivery.delivered(clock.instant(), "HTTP " + response.statusCode());
            } else {
                delivery.failed(clock.instant(), "HTTP " + response.statusCode());
            }
        } catch (IOException | IllegalArgumentException unreachable) {
            delivery.failed(clock.instant(), "No answer: " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            delivery.failed(clock.instant(), "Interrupted while sending");
        }
        try {
            mongo.save(delivery);
        } catch (OptimisticLockingFailureException raced) {
            log.warn("Webhook delivery {} changed while it was sent; its outcome is not recorded", delivery.getId());
        }
    }
}
