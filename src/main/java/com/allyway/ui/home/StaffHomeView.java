package com.allyway.ui.home;

import com.allyway.introduction.ui.IntroductionListView;
import com.allyway.introduction.ui.LogIntroductionView;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Home of the people who work introductions and relationships. */
@Route("staff")
@PageTitle("Staff home")
@Menu(title = "Staff home", order = 1, icon = "vaadin:home")
@RolesAllowed(Role.Names.STAFF)
public class StaffHomeView extends HomePage {

    StaffHomeView(CurrentUser currentUser) {
        super(currentUser.require(), "Work the introductions allies and partners send, and keep their people"
                + " connected to the portal.");
        addShortcut("Introductions", "Every introduction from allies and partners, with conflicts marked.",
                IntroductionListView.class);
        addShortcut("Log an introduction", "For an ally without a login: one form, no paperwork.",
                LogIntroductionView.class);
        addShortcut("Relationships", "Allies and referral partners; add one, invite its people.",
                RelationshipDirectoryView.class);
    }
}
