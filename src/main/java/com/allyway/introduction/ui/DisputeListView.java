package com.allyway.introduction.ui;

import com.allyway.introduction.Dispute;
import com.allyway.introduction.DisputeService;
import com.allyway.introduction.DisputeStatus;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Disputes of attribution decisions: open ones by default. A partner user sees those its organization is in. */
@Route("disputes")
@PageTitle("Disputes")
@Menu(title = "Disputes", order = 22, icon = "vaadin:scale")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER})
public class DisputeListView extends VerticalLayout {

    final Grid<Dispute> grid = new Grid<>(Dispute.class, false);
    final ComboBox<DisputeStatus> status = new ComboBox<>();

    DisputeListView(DisputeService disputes, CurrentUser currentUser) {
        addClassName("allyway-page");
        setSizeFull();
        status.setItems(DisputeStatus.values());
        status.setItemLabelGenerator(DisputeStatus::label);
        status.setPlaceholder("Any status");
        status.setClearButtonVisible(true);
        status.setValue(DisputeStatus.OPEN);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addColumn(Dispute::getProspectCompany).setHeader("Prospect").setFlexGrow(2);
        grid.addColumn(dispute -> dispute.getStatus().label()).setHeader("Status").setSortProperty("status");
        grid.addColumn(Dispute::getOwnerName).setHeader("Owner");
        grid.addColumn(dispute -> IntroductionListView.WHEN.format(dispute.getOpenedAt())).setHeader("Opened")
                .setSortProperty("openedAt");
        grid.setItems(query -> disputes.list(status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) disputes.count(status.getValue()));
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(
                ui -> ui.navigate(DisputeView.class, click.getItem().getId())));
        grid.setSizeFull();
        add(new ViewHeading("Disputes", currentUser.require().isInternal()
                ? "Attribution decisions a partner challenged. Open one to read both sides and decide."
                : "Attribution decisions you challenged, or that concern your introductions."), status, grid);
    }
}
