package com.allyway.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Until when a person has seen their notifications: what came later is unread. */
@Document("notification_states")
record NotificationState(@Id String userId, Instant seenUntil) {
}
