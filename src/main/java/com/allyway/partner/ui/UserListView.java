package com.allyway.partner.ui;

import com.allyway.partner.InvitationService;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.UserAccountService;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.SearchField;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Everybody who can sign in. Admins invite colleagues and switch accounts off (and on again) here. */
@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UserListView extends VerticalLayout {

    private final UserAccountService accounts;
    private final OrganizationService organizations;
    private final Map<String, String> organizationNames = new HashMap<>();
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    private final SearchField search = new SearchField("Search by name or email",
            () -> grid.getDataProvider().refreshAll());

    UserListView(UserAccountService accounts, OrganizationService organizations, InvitationService invitations) {
        this.accounts = accounts;
        this.organizations = organizations;
        addClassName("allyway-page");
        setSizeFull();

        Button invite = new Button("Invite a colleague", click -> new InviteColleagueDialog(invitations).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName");
        grid.addColumn(AccountSummary::email).setHeader("Email").setSortProperty("email").setFlexGrow(2);
        grid.addColumn(account -> account.roles().stream().sorted().map(Role::label)
                .collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(account -> organizationName(account.organizationId())).setHeader("Organization");
        grid.addColumn(account -> account.active() ? "Active" : "Deactivated").setHeader("Status")
                .setSortProperty("active");
        grid.addComponentColumn(this::activationButton).setHeader("Access").setKey("access").setAutoWidth(true);
        grid.setItems(query -> accounts.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) accounts.count(search.getValue()));
        grid.setSizeFull();

        add(new ViewHeading("Users", "Everybody who can sign in. A deactivated person is signed out on their next"
                + " click."), new HorizontalLayout(search, invite), grid);
    }

    private Button activationButton(AccountSummary account) {
        Button button = new Button(account.active() ? "Deactivate" : "Reactivate", click -> {
            try {
                AccountSummary changed = account.active() ? accounts.deactivate(account.id())
                        : accounts.reactivate(account.id());
                Notices.success(changed.displayName() + (changed.active() ? " can sign in again."
                        : " can no longer sign in."));
                grid.getDataProvider().refreshAll();
            } catch (RejectedInputException rejected) {
                Notices.problem(rejected.getMessage());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, account.active() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private String organizationName(String organizationId) {
        if (organizationId == null) {
            return "";
        }
        return organizationNames.computeIfAbsent(organizationId,
                id -> organizations.find(id).map(Organization::getName).orElse("(removed)"));
    }
}
