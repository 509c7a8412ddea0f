package com.allyway.ui.home;

import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The root address. Sends each person to the home of their most specific role: a founder who is also an admin
 * lands on the founder's home, an admin with no other role on the user administration.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** In order of precedence. */
    private static final List<Map.Entry<Role, Class<? extends Component>>> HOMES = List.of(
            Map.entry(Role.FOUNDER, FounderHomeView.class),
            Map.entry(Role.FINANCE, FinanceHomeView.class),
            Map.entry(Role.STAFF, StaffHomeView.class),
            Map.entry(Role.ADMIN, AdminHomeView.class),
            Map.entry(Role.PARTNER, PartnerHomeView.class));

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require()));
    }

    static Class<? extends Component> homeOf(AllywayUser user) {
        return HOMES.stream().filter(home -> user.hasRole(home.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException(user + " holds no role"));
    }
}
