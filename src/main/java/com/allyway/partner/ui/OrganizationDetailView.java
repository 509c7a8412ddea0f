package com.allyway.partner.ui;

import com.allyway.partner.InvitationService;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.UserAccountService;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** One organization and the people who sign in for it. Staff and admins invite more people from here. */
@Route("organization")
@RolesAllowed({Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.ADMIN})
public class OrganizationDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final OrganizationService organizations;
    private final UserAccountService accounts;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final Grid<AccountSummary> members = new Grid<>(AccountSummary.class, false);
    private String title = "Organization";

    OrganizationDetailView(OrganizationService organizations, UserAccountService accounts,
            InvitationService invitations, CurrentUser currentUser) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassName("allyway-page");
        members.addColumn(AccountSummary::displayName).setHeader("Name");
        members.addColumn(AccountSummary::email).setHeader("Email");
        members.addColumn(account -> account.active() ? "Active" : "Deactivated").setHeader("Status");
        members.setAllRowsVisible(true);
    }

    @Override
    public void setParameter(BeforeEvent event, String organizationId) {
        Organization organization = organizations.find(organizationId).orElseThrow(
                () -> new NotFoundException("No organization " + organizationId));
        title = organization.getName() + " · Allyway";
        removeAll();
        String about = organization.getType().label()
                + (organization.getWebsite() == null ? "" : " · " + organization.getWebsite());
        add(new ViewHeading(organization.getName(), about), new H3("People who sign in"));
        var user = currentUser.require();
        if (user.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            Button invite = new Button("Invite a person", VaadinIcon.ENVELOPE.create(),
                    click -> new InvitePersonDialog(organization, invitations, issued -> refresh(organization))
                            .open());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(invite);
        }
        add(members);
        refresh(organization);
    }

    private void refresh(Organization organization) {
        members.setItems(accounts.members(organization.getId()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
