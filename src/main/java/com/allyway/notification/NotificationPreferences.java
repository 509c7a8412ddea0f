package com.allyway.notification;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Which kinds a person does not want by email (in the portal they always appear). */
@Document("notification_preferences")
record NotificationPreferences(@Id String userId, Set<NotificationKind> emailOff) {

    NotificationPreferences {
        emailOff = emailOff == null ? Set.of() : Set.copyOf(emailOff);
    }
}
