package com.allyway.notification;

import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's notifications: what concerns them (as a person, their organization or their roles),
 * never their own actions, newest first; how many they have not seen; and a live feed for the open screen.
 */
@Service
public class NotificationService {

    public static final int SHOWN = 30;
    private static final String SIGNED_IN = "isAuthenticated()";

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final NotificationBroadcaster broadcaster;
    private final Clock clock;

    NotificationService(MongoTemplate mongo, CurrentUser currentUser, NotificationBroadcaster broadcaster,
            Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @PreAuthorize(SIGNED_IN)
    public List<Notification> latest() {
        return mongo.find(mine(currentUser.require()).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(SHOWN),
                Notification.class);
    }

    @PreAuthorize(SIGNED_IN)
    public long unread() {
        AllywayUser user = currentUser.require();
        NotificationState state = mongo.findById(user.id(), NotificationState.class);
        Query query = mine(user);
        if (state != null) {
            query.addCriteria(Criteria.where("createdAt").gt(state.seenUntil()));
        }
        return mongo.count(query, Notification.class);
    }

    /** Everything up to now counts as seen. */
    @PreAuthorize(SIGNED_IN)
    public void markAllRead() {
        mongo.save(new NotificationState(currentUser.require().id(), clock.instant()));
    }

    /** The kinds the signed-in person does not want by email. */
    @PreAuthorize(SIGNED_IN)
    public Set<NotificationKind> emailOff() {
        NotificationPreferences preferences = mongo.findById(currentUser.require().id(),
                NotificationPreferences.class);
        return preferences == null ? Set.of() : preferences.emailOff();
    }

    /** Switches email for one kind on or off for the signed-in person. */
    @PreAuthorize(SIGNED_IN)
    public void setEmail(NotificationKind kind, boolean wanted) {
        EnumSet<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        off.addAll(emailOff());
        if (wanted) {
            off.remove(kind);
        } else {
            off.add(kind);
        }
        mongo.save(new NotificationPreferences(currentUser.require().id(), off));
    }

    /** Calls {@code onNew} (on the broadcasting thread) for each new notification of the signed-in person. */
    @PreAuthorize(SIGNED_IN)
    public Registration subscribe(Consumer<Notification> onNew) {
        Objects.requireNonNull(onNew, "onNew");
        AllywayUser user = currentUser.require();
        return broadcaster.register(Audiences.of(user), user.id(), onNew);
    }

    private static Query mine(AllywayUser user) {
        return Query.query(Criteria.where("audience").in(Audiences.of(user)).and("actorId").ne(user.id()));
    }
}
