package com.allyway.webhook;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event on its way to a partner's webhook, and how its attempts went: the partner's delivery log. The payload
 * is fixed when the event happens, so a retry sends exactly the same bytes (and the same delivery id, which
 * receivers can use to ignore a repeat).
 */
@Document("webhook_deliveries")
public class WebhookDelivery {

    public enum Status {
        PENDING("Waiting"), DELIVERED("Delivered"), FAILED("Failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    private String id;
    private String organizationId;
    private String event;
    private String payload;
    private Status status;
    private int attempts;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private String lastResult;
    @Version
    private Long version;

    protected WebhookDelivery() {
        // for Spring Data
    }

    WebhookDelivery(String id, String organizationId, String event, String payload, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.event = event;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Taken by one dispatcher until {@code until}: another instance polling meanwhile leaves it alone. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void delivered(Instant at, String result) {
        attempts++;
        lastAttemptAt = at;
        lastResult = result;
        status = Status.DELIVERED;
        nextAttemptAt = null;
    }

    void failed(Instant at, String result) {
        attempts++;
        lastAttemptAt = at;
        lastResult = result;
        WebhookRetryPolicy.nextAttempt(attempts, at).ifPresentOrElse(next -> nextAttemptAt = next, () -> {
            status = Status.FAILED;
            nextAttemptAt = null;
        });
    }

    /** Given up without an attempt, e.g. the webhook is gone. */
    void abandon(Instant at, String reason) {
        lastAttemptAt = at;
        lastResult = reason;
        status = Status.FAILED;
        nextAttemptAt = null;
    }

    public String getId() {
        return id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getEvent() {
        return event;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastResult() {
        return lastResult;
    }

    public Long getVersion() {
        return version;
    }
}
