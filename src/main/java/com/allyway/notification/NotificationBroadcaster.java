package com.allyway.notification;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells the open screens of this instance about a new notification for one of their audiences. */
@Component
class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private record Listener(List<String> audiences, String userId, Consumer<Notification> callback) {
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    Registration register(List<String> audiences, String userId, Consumer<Notification> callback) {
        Listener listener = new Listener(List.copyOf(audiences), userId, callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void broadcast(Notification notification) {
        for (Listener listener : listeners) {
            if (listener.audiences().contains(notification.getAudience())
                    && !listener.userId().equals(notification.getActorId())) {
                try {
                    listener.callback().accept(notification);
                } catch (RuntimeException e) {
                    log.warn("A screen failed to take a notification", e);
                }
            }
        }
    }
}
