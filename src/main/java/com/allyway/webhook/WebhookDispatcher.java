package com.allyway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final boolean allowLocalhost;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDispatcher(MongoTemplate mongo, Clock clock,
            @Value("${allyway.webhooks.allow-http-to-localhost:false}") boolean allowLocalhost) {
        this.mongo = mongo;
        this.clock = clock;
        this.allowLocalhost = allowLocalhost;
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
            WebhookDelivery leased = lease(delivery, clock.instant()); // each lease from when it is taken
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
            record(delivery);
            return;
        }
        if (!allowLocalhost && !resolvesToPublicAddresses(webhook.getUrl())) {
            delivery.failed(at, "Not sent: the address does not lead to the public internet.");
            record(delivery);
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
        // The whole exchange is bounded, body included: a receiver that trickles its answer cannot hold up
        // every other organization's deliveries.
        CompletableFuture<HttpResponse<Void>> sending = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> response = sending.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (response.statusCode() / 100 == 2) {
                delivery.delivered(clock.instant(), "HTTP " + response.statusCode());
            } else {
                delivery.failed(clock.instant(), "HTTP " + response.statusCode());
            }
        } catch (TimeoutException slow) {
            sending.cancel(true);
            delivery.failed(clock.instant(), "No complete answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException | IllegalArgumentException unreachable) {
            // Deliberately without the exception's text: it would tell a partner about the network it reached.
            delivery.failed(clock.instant(), "No answer (connection failed)");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            delivery.failed(clock.instant(), "Interrupted while sending");
        }
        record(delivery);
    }

    private void record(WebhookDelivery delivery) {
        try {
            mongo.save(delivery);
        } catch (OptimisticLockingFailureException raced) {
            log.warn("Webhook delivery {} changed while it was sent; its outcome is not recorded", delivery.getId());
        }
    }

    private static boolean resolvesToPublicAddresses(String url) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(URI.create(url).getHost());
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(WebhookUrlPolicy::isPublic);
        } catch (UnknownHostException | IllegalArgumentException unresolvable) {
            return false;
        }
    }
}
