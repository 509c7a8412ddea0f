package com.allyway.webhook;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.Secrets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An organization admin's webhook: the address Allyway calls when one of the organization's introductions changes
 * status or a statement is approved or paid, and the log of those deliveries. Each organization sees only its own.
 */
@Service
public class WebhookService {

    static final int DELIVERIES_SHOWN = 100;
    private static final String ORGANIZATION_ADMIN = "hasRole('ORGANIZATION_ADMIN')";

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final boolean allowHttpToLocalhost;

    WebhookService(MongoTemplate mongo, CurrentUser currentUser, AuditLog auditLog, Clock clock,
            @Value("${allyway.webhooks.allow-http-to-localhost:false}") boolean allowHttpToLocalhost) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.allowHttpToLocalhost = allowHttpToLocalhost;
    }

    /** Sets the address (replacing an earlier one) and a new signing secret, shown this once. */
    @PreAuthorize(ORGANIZATION_ADMIN)
    public IssuedWebhook save(String url) {
        WebhookUrlPolicy.problem(url, allowHttpToLocalhost).ifPresent(problem -> {
            throw new RejectedInputException("url", problem);
        });
        AllywayUser user = currentUser.require();
        Webhook webhook = Optional.ofNullable(mongo.findById(user.organizationId(), Webhook.class))
                .orElseGet(() -> new Webhook(user.organizationId()));
        String secret = Secrets.newSecret("whsec_");
        webhook.point(url.strip(), secret, user.displayName(), clock.instant());
        Webhook saved = mongo.save(webhook);
        auditLog.record(AuditAction.WEBHOOK_SAVED, saved.getUrl(), "new signing secret");
        return new IssuedWebhook(saved, secret);
    }

    @PreAuthorize(ORGANIZATION_ADMIN)
    public Optional<Webhook> current() {
        return Optional.ofNullable(mongo.findById(currentUser.require().organizationId(), Webhook.class));
    }

    /** No more deliveries; those still waiting are dropped from the queue but stay in the log as failed. */
    @PreAuthorize(ORGANIZATION_ADMIN)
    public void remove() {
        String organizationId = currentUser.require().organizationId();
        Webhook webhook = mongo.findById(organizationId, Webhook.class);
        if (webhook != null) {
            mongo.remove(webhook);
            // Waiting deliveries were meant for the old address: they must not go to one saved later.
            mongo.updateMulti(Query.query(Criteria.where("organizationId").is(organizationId).and("status")
                    .is(WebhookDelivery.Status.PENDING)), new Update().set("status", WebhookDelivery.Status.FAILED)
                    .set("nextAttemptAt", null).set("lastResult", "Not sent: the webhook was removed.")
                    .inc("version", 1), WebhookDelivery.class);
            auditLog.record(AuditAction.WEBHOOK_REMOVED, webhook.getUrl(), null);
        }
    }

    /** The organization's latest deliveries, newest first. */
    @PreAuthorize(ORGANIZATION_ADMIN)
    public List<WebhookDelivery> deliveries() {
        return mongo.find(Query.query(Criteria.where("organizationId").is(currentUser.require().organizationId()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(DELIVERIES_SHOWN), WebhookDelivery.class);
    }
}
