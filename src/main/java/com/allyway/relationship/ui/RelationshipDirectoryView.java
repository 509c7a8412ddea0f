package com.allyway.relationship.ui;

import com.allyway.introduction.IntroductionActivity;
import com.allyway.introduction.ui.IntroductionDetailView;
import com.allyway.partner.UserAccountService;
import com.allyway.partner.ui.StaffPicker;
import com.allyway.relationship.RelationshipFilter;
import com.allyway.relationship.RelationshipRow;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipStage;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.SearchField;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Every ally and referral partner, searchable and filterable, with how active each is: introductions of the last
 * 30 and 90 days and the share of introductions won. Staff and admins add relationships here.
 */
@Route("relationships")
@PageTitle("Relationships")
@Menu(title = "Relationships", order = 10, icon = "vaadin:handshake")
@RolesAllowed({Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.ADMIN})
public class RelationshipDirectoryView extends VerticalLayout {

    final Grid<RelationshipRow> grid = new Grid<>(RelationshipRow.class, false);
    final SearchField search = new SearchField("Search by name", this::refresh);
    final ComboBox<RelationshipType> type = new ComboBox<>();
    final ComboBox<RelationshipStage> stage = new ComboBox<>();
    final StaffPicker owner;

    RelationshipDirectoryView(RelationshipService relationships, UserAccountService accounts,
            CurrentUser currentUser) {
        addClassName("allyway-page");
        setSizeFull();
        AllywayUser user = currentUser.require();

        search.setId("relationship-search");
        type.setItems(RelationshipType.values());
        type.setItemLabelGenerator(RelationshipType::label);
        type.setPlaceholder("Any type");
        stage.setItems(RelationshipStage.values());
        stage.setItemLabelGenerator(RelationshipStage::label);
        stage.setPlaceholder("Any stage");
        owner = new StaffPicker(null, accounts.staff());
        owner.setPlaceholder("Any owner");
        for (ComboBox<?> filter : List.of(type, stage, owner)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> refresh());
        }
        HorizontalLayout toolbar = new HorizontalLayout(search, type, stage, owner);
        toolbar.setWrap(true);
        if (user.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            Button add = new Button("New relationship", click -> new NewRelationshipDialog(relationships, user,
                    created -> navigateTo(created.getId()),
                    introductionId -> getUI().ifPresent(ui -> ui.navigate(IntroductionDetailView.class,
                            introductionId))).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }

        grid.addColumn(row -> row.relationship().getName()).setHeader("Name").setSortProperty("normalizedName")
                .setAutoWidth(true).setFlexGrow(4).setKey("name");
        grid.addColumn(row -> row.relationship().getType().label()).setHeader("Type").setSortProperty("type")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.relationship().getStage().label()).setHeader("Stage").setSortProperty("stage")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.relationship().getOwnerName()).setHeader("Owner").setSortProperty("ownerName")
                .setFlexGrow(2);
        grid.addColumn(row -> String.join(", ", row.relationship().getTags())).setHeader("Tags").setFlexGrow(2);
        grid.addColumn(row -> row.activity().last30Days()).setHeader("Intros 30 d").setKey("last30")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.activity().last90Days()).setHeader("Intros 90 d").setKey("last90")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> conversion(row.activity())).setHeader("Won").setKey("conversion")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(
                        row -> row.activity().won() + " of " + row.activity().total() + " introductions won");
        grid.setItems(query -> relationships.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) relationships.count(filter()));
        grid.addItemClickListener(click -> navigateTo(click.getItem().relationship().getId()));
        grid.setSizeFull();

        add(new ViewHeading("Relationships", "Allies and referral partners, and how much each sends. Open one to"
                + " see its introductions and people."), toolbar, grid);
    }

    /** "25 %", or a dash when nothing was introduced yet: no rate is better than a made-up 0 %. */
    static String conversion(IntroductionActivity activity) {
        return activity.conversionRate().stream().mapToObj(rate -> Math.round(rate * 100) + " %").findFirst()
                .orElse("–");
    }

    private RelationshipFilter filter() {
        return new RelationshipFilter(search.getValue(), type.getValue(), stage.getValue(),
                owner.selectedId());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void navigateTo(String relationshipId) {
        getUI().ifPresent(ui -> ui.navigate(RelationshipView.class, relationshipId));
    }
}
