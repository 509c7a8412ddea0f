package com.allyway.notification;

import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.AgreementStepTaken;
import com.allyway.introduction.AttributionNews;
import com.allyway.introduction.IntroductionCommented;
import com.allyway.introduction.IntroductionStatusChanged;
import com.allyway.payout.StatementStatus;
import com.allyway.payout.StatementStatusChanged;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the features' events into notifications for the people they concern, and tells open screens at once. The
 * texts hold only what the audience may read in the portal anyway.
 */
@Component
class NotificationQueue {

    private final MongoTemplate mongo;
    private final NotificationBroadcaster broadcaster;
    private final NotificationMailer mailer;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationQueue(MongoTemplate mongo, NotificationBroadcaster broadcaster, NotificationMailer mailer,
            CurrentUser currentUser, Clock clock) {
        this.mongo = mongo;
        this.broadcaster = broadcaster;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void on(IntroductionStatusChanged changed) {
        notify(Audiences.organization(changed.relationshipId()), NotificationKind.INTRODUCTION_STATUS,
                changed.prospectCompany() + ": " + changed.from().label() + " → " + changed.to().label(),
                "introduction/" + changed.introductionId());
    }

    @EventListener
    void on(IntroductionCommented commented) {
        String text = commented.authorName() + " commented on " + commented.prospectCompany();
        String link = "introduction/" + commented.introductionId();
        if (!commented.byPartner()) {
            notify(Audiences.organization(commented.relationshipId()), NotificationKind.INTRODUCTION_COMMENT, text,
                    link);
        } else if (commented.ownerId() != null) {
            notify(Audiences.user(commented.ownerId()), NotificationKind.INTRODUCTION_COMMENT, text, link);
        } else {
            notify(Audiences.role(Role.STAFF), NotificationKind.INTRODUCTION_COMMENT, text, link);
        }
    }

    @EventListener
    void on(AttributionNews news) {
        notify(news.relationshipId() == null ? Audiences.role(Role.STAFF)
                : Audiences.organization(news.relationshipId()), NotificationKind.CONFLICT_OR_DISPUTE, news.text(),
                news.link());
    }

    @EventListener
    void on(AgreementStepTaken step) {
        if (step.status() == AgreementStatus.SUBMITTED) {
            notify(Audiences.role(Role.FOUNDER), NotificationKind.AGREEMENT_TO_APPROVE, step.title()
                    + " waits for approval", "agreement/" + step.agreementId());
        } else if (step.status() == AgreementStatus.APPROVED) {
            notify(Audiences.organization(step.relationshipId()), NotificationKind.AGREEMENT_TO_ACCEPT, step.title()
                    + " is signed and waits for your acceptance", "agreement/" + step.agreementId());
        }
    }

    @EventListener
    void on(StatementStatusChanged changed) {
        String what = changed.status() == StatementStatus.PAID ? " was paid: " : " was approved: ";
        notify(Audiences.organization(changed.relationshipId()), NotificationKind.STATEMENT, "Statement "
                + changed.periodLabel() + what + changed.payable(), "statement/" + changed.statementId());
    }

    private void notify(String audience, NotificationKind kind, String text, String link) {
        String actor = currentUser.find().map(user -> user.id()).orElse(null);
        Notification saved = mongo.insert(new Notification(audience, kind, text, link, actor, clock.instant()));
        broadcaster.broadcast(saved);
        mailer.send(saved);
    }
}
