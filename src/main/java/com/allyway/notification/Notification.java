package com.allyway.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something a person should know, for an audience rather than a list of people: one person ({@code user:<id>}),
 * everyone of an organization ({@code organization:<id>}) or everyone holding a role ({@code role:FOUNDER}). So
 * nobody has to look up who belongs where when it happens, and people who join later see what concerns them.
 */
@Document("notifications")
public class Notification {

    @Id
    private String id;
    private String audience;
    private NotificationKind kind;
    private String text;
    private String link;
    private String actorId;
    private Instant createdAt;

    protected Notification() {
        // for Spring Data
    }

    Notification(String audience, NotificationKind kind, String text, String link, String actorId,
            Instant createdAt) {
        this.audience = audience;
        this.kind = kind;
        this.text = text;
        this.link = link;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getAudience() {
        return audience;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** The page it is about, as a route path, e.g. {@code introduction/abc}. */
    public String getLink() {
        return link;
    }

    public String getActorId() {
        return actorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
