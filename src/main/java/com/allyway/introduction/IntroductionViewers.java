package com.allyway.introduction;

import com.allyway.security.AllywayUser;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Who has an introduction's page open right now, on this instance. Each open page registers on attach and
 * unregisters on detach; the others hear about it through {@link IntroductionChanges}.
 */
@Component
public class IntroductionViewers {

    private record Viewer(String introductionId, AllywayUser user) {
    }

    private final Map<String, List<Viewer>> byIntroduction = new ConcurrentHashMap<>();
    private final IntroductionChanges changes;

    IntroductionViewers(IntroductionChanges changes) {
        this.changes = changes;
    }

    /** Registers an open page of {@code introduction}; the registration removes it again. */
    public Registration enter(Introduction introduction, AllywayUser user) {
        Viewer viewer = new Viewer(introduction.getId(), user);
        byIntroduction.computeIfAbsent(introduction.getId(), id -> new CopyOnWriteArrayList<>()).add(viewer);
        announce(introduction);
        return () -> {
            byIntroduction.computeIfPresent(introduction.getId(), (id, viewers) -> {
                viewers.remove(viewer);
                return viewers.isEmpty() ? null : viewers;
            });
            announce(introduction);
        };
    }

    /** The names of the people who have the page open, other than {@code me}, each once. */
    public List<String> othersViewing(String introductionId, AllywayUser me) {
        return byIntroduction.getOrDefault(introductionId, List.of()).stream()
                .filter(viewer -> !viewer.user().id().equals(me.id()))
                .map(viewer -> viewer.user().displayName()).distinct().sorted().toList();
    }

    private void announce(Introduction introduction) {
        changes.publish(new IntroductionChanged(introduction.getId(), introduction.getRelationshipId(),
                IntroductionChanged.What.VIEWERS));
    }
}
