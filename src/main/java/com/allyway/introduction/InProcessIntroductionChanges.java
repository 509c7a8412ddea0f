package com.allyway.introduction;

import com.allyway.security.AllywayUser;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Delivers changes to the subscribers of this application instance. */
@Component
class InProcessIntroductionChanges implements IntroductionChanges {

    private static final Logger log = LoggerFactory.getLogger(InProcessIntroductionChanges.class);

    private record Subscription(AllywayUser viewer, Consumer<IntroductionChanged> listener) {
    }

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    @Override
    public Registration subscribe(AllywayUser viewer, Consumer<IntroductionChanged> listener) {
        Subscription subscription = new Subscription(viewer, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @Override
    public void publish(IntroductionChanged change) {
        for (Subscription subscription : subscriptions) {
            if (!mayHear(subscription.viewer(), change)) {
                continue;
            }
            try {
                subscription.listener().accept(change);
            } catch (RuntimeException e) {
                // One broken screen must not keep the others from hearing the change.
                log.warn("A subscriber failed to take change {}", change, e);
            }
        }
    }

    private static boolean mayHear(AllywayUser viewer, IntroductionChanged change) {
        return viewer.isInternal()
                || change.relationshipId().equals(viewer.organizationId());
    }
}
