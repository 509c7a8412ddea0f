package com.allyway.partner.ui;

import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** All organizations, searchable by name. Staff and admins add organizations here. */
@Route("organizations")
@PageTitle("Organizations")
@Menu(title = "Organizations", order = 10, icon = "vaadin:building")
@RolesAllowed({Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.ADMIN})
public class OrganizationListView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Grid<Organization> grid = new Grid<>(Organization.class, false);
    private final SearchField search = new SearchField("Search by name", () -> grid.getDataProvider().refreshAll());

    OrganizationListView(OrganizationService organizations, CurrentUser currentUser) {
        addClassName("allyway-page");
        setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search);

        var user = currentUser.require();
        if (user.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            Button add = new Button("New organization", click -> new NewOrganizationDialog(organizations, created -> {
                grid.getDataProvider().refreshAll();
                grid.getUI().ifPresent(ui -> ui.navigate(OrganizationDetailView.class, created.getId()));
            }).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }

        grid.addColumn(Organization::getName).setHeader("Name").setSortProperty("normalizedName")
                .setFlexGrow(3);
        grid.addColumn(organization -> organization.getType().label()).setHeader("Relationship")
                .setSortProperty("type");
        grid.addColumn(Organization::getWebsite).setHeader("Website").setFlexGrow(2);
        grid.addColumn(organization -> DATE.format(organization.getCreatedAt())).setHeader("Added")
                .setSortProperty("createdAt");
        grid.setItems(query -> organizations.list(search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) organizations.count(search.getValue()));
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(
                ui -> ui.navigate(OrganizationDetailView.class, click.getItem().getId())));
        grid.setSizeFull();

        add(new ViewHeading("Organizations", "Allies and referral partners. Open one to see and invite its people."),
                toolbar, grid);
    }
}
