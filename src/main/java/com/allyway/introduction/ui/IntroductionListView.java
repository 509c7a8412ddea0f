package com.allyway.introduction.ui;

import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionChanged;
import com.allyway.introduction.IntroductionChanges;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.partner.ui.StaffPicker;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.SearchField;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Introductions in a lazy grid: a partner user sees its own organization's ("My introductions"), staff see all,
 * with the relationship and conflict columns.
 */
@Route("introductions")
@PageTitle("Introductions")
@Menu(title = "Introductions", order = 21, icon = "vaadin:connect")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER})
public class IntroductionListView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    final Grid<Introduction> grid = new Grid<>(Introduction.class, false);
    final ComboBox<IntroductionStatus> status = new ComboBox<>();
    final SearchField search = new SearchField("Prospect or contact", () -> grid.getDataProvider().refreshAll());
    final ComboBox<Organization> relationship = new ComboBox<>();
    final StaffPicker owner;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Map<String, String> relationshipNames = new HashMap<>();
    private final IntroductionChanges changes;
    private final AllywayUser user;
    private Registration changeSubscription;

    IntroductionListView(IntroductionService introductions, OrganizationService organizations,
            UserAccountService accounts, IntroductionChanges changes, CurrentUser currentUser) {
        this.changes = changes;
        addClassName("allyway-page");
        setSizeFull();
        user = currentUser.require();
        boolean internal = user.isInternal();
        owner = new StaffPicker(null, internal ? accounts.staff() : List.of());

        search.setId("introduction-search");
        status.setItems(IntroductionStatus.values());
        status.setItemLabelGenerator(IntroductionStatus::label);
        status.setPlaceholder("Any status");
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(Introduction::getProspectCompany).setHeader("Prospect").setSortProperty("prospectCompany")
                .setFlexGrow(2);
        grid.addColumn(Introduction::getContactName).setHeader("Contact").setFlexGrow(2);
        if (internal) {
            grid.addColumn(introduction -> relationshipName(organizations, introduction.getRelationshipId()))
                    .setHeader("From").setFlexGrow(2);
        }
        grid.addColumn(introduction -> introduction.getStatus().label()).setHeader("Status").setSortProperty("status");
        grid.addColumn(Introduction::getIntroducedOn).setHeader("Introduced").setSortProperty("introducedOn");
        if (internal) {
            grid.addColumn(Introduction::getOwnerName).setHeader("Owner").setSortProperty("ownerName");
        }
        grid.addColumn(introduction -> WHEN.format(introduction.getLastActivityAt())).setHeader("Last activity")
                .setSortProperty("lastActivityAt");
        if (internal) {
            grid.addColumn(introduction -> introduction.isConflict() ? "Conflict" : "").setHeader("Attribution")
                    .setKey("attribution");
        }
        grid.setItems(query -> introductions.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) introductions.count(filter()));
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(
                ui -> ui.navigate(IntroductionDetailView.class, click.getItem().getId())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(status, search);
        filters.setWrap(true);
        if (internal) {
            addStaffFilters(filters, organizations, accounts);
        }
        add(new ViewHeading(internal ? "Introductions" : "My introductions", internal
                        ? "Every introduction from allies and partners. Open one to work it."
                        : "What became of the people you introduced us to."),
                filters, grid);
    }

    private void addStaffFilters(HorizontalLayout filters, OrganizationService organizations,
            UserAccountService accounts) {
        relationship.setPlaceholder("Any relationship");
        relationship.setItemLabelGenerator(Organization::getName);
        relationship.setItems(query -> organizations.list(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("normalizedName"))).stream());
        owner.setPlaceholder("Any owner");
        from.setPlaceholder("Introduced from");
        to.setPlaceholder("Introduced until");
        for (var filter : List.of(relationship, owner)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        for (DatePicker date : List.of(from, to)) {
            date.setClearButtonVisible(true);
            date.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        filters.add(relationship, owner, from, to);
    }

    /** New and changed introductions show up without a reload while the list is open. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        changeSubscription = changes.subscribe(user, change -> {
            if (change.what() == IntroductionChanged.What.RECORD) {
                ui.access(() -> grid.getDataProvider().refreshAll());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changeSubscription.remove();
    }

    private IntroductionFilter filter() {
        return new IntroductionFilter(status.getValue(),
                relationship.getValue() == null ? null : relationship.getValue().getId(),
                owner.selectedId(), from.getValue(), to.getValue(),
                search.getValue());
    }

    private String relationshipName(OrganizationService organizations, String relationshipId) {
        return relationshipNames.computeIfAbsent(relationshipId,
                id -> organizations.find(id).map(Organization::getName).orElse("(removed)"));
    }
}
