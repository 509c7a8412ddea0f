package com.allyway.ui.home;

import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Home of finance: payouts to referral partners will be worked from here. */
@Route("finance")
@PageTitle("Finance home")
@Menu(title = "Finance home", order = 2, icon = "vaadin:home")
@RolesAllowed(Role.Names.FINANCE)
public class FinanceHomeView extends HomePage {

    FinanceHomeView(CurrentUser currentUser) {
        super(currentUser.require(), "Revenue-share payouts, statements per partner and period, and their exports.");
        addShortcut("Relationships", "Who is an ally (no payouts) and who is a referral partner.",
                RelationshipDirectoryView.class);
    }
}
