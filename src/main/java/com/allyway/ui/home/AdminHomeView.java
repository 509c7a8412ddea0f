package com.allyway.ui.home;

import com.allyway.audit.ui.AuditLogView;
import com.allyway.partner.ui.UserListView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Home of the admins: who can sign in, and what happened. */
@Route("admin")
@PageTitle("Admin home")
@Menu(title = "Admin home", order = 4, icon = "vaadin:home")
@RolesAllowed(Role.Names.ADMIN)
public class AdminHomeView extends HomePage {

    AdminHomeView(CurrentUser currentUser) {
        super(currentUser.require(), "Who can sign in to Allyway, and the audit trail of what happened.");
        addShortcut("Users", "Invite colleagues, deactivate people who left.", UserListView.class);
        addShortcut("Audit log", "Sign-ins, lockouts, invitations and deactivations.", AuditLogView.class);
    }
}
