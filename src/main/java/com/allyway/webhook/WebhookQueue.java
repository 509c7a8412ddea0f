package com.allyway.webhook;

import com.allyway.introduction.IntroductionStatusChanged;
import com.allyway.payout.StatementStatus;
import com.allyway.payout.StatementStatusChanged;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into deliveries for organizations that have a webhook: written to the queue in the same request
 * that made the change (so a restart loses none), sent by {@link WebhookDispatcher}. The payload holds only what
 * the partner may see in the portal.
 */
@Component
class WebhookQueue {

    static final String INTRODUCTION_STATUS_CHANGED = "introduction.status_changed";
    static final String STATEMENT_APPROVED = "statement.approved";
    static final String STATEMENT_PAID = "statement.paid";

    private final MongoTemplate mongo;
    private final Clock clock;

    WebhookQueue(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void on(IntroductionStatusChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("introductionId", changed.introductionId());
        data.put("prospectCompany", changed.prospectCompany());
        data.put("from", changed.from().name());
        data.put("to", changed.to().name());
        if (changed.declineReason() != null) {
            data.put("declineReason", changed.declineReason());
        }
        enqueue(changed.relationshipId(), INTRODUCTION_STATUS_CHANGED, data);
    }

    @EventListener
    void on(StatementStatusChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("statementId", changed.statementId());
        data.put("period", changed.periodLabel());
        data.put("amount", changed.payable().amount().toPlainString());
        data.put("currency", changed.payable().currency().getCurrencyCode());
        if (changed.status() == StatementStatus.PAID) {
            data.put("paidOn", changed.paidOn().toString());
            data.put("paymentReference", changed.paymentReference());
        }
        enqueue(changed.relationshipId(), changed.status() == StatementStatus.PAID ? STATEMENT_PAID
                : STATEMENT_APPROVED, data);
    }

    private void enqueue(String organizationId, String event, Map<String, Object> data) {
        if (mongo.findById(organizationId, Webhook.class) == null) {
            return; // no webhook: nothing to tell
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.put("type", event);
        payload.put("occurredAt", clock.instant().toString());
        payload.put("data", data);
        mongo.insert(new WebhookDelivery(id, organizationId, event, JsonMapper.shared().writeValueAsString(payload),
                clock.instant()));
    }
}
