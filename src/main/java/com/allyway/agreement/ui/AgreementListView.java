package com.allyway.agreement.ui;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Agreements. Founders start with those waiting for their approval; partner users see their organization's signed
 * agreements, to download and accept.
 */
@Route("agreements")
@PageTitle("Agreements")
@Menu(title = "Agreements", order = 23, icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER})
public class AgreementListView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    final Grid<Agreement> grid;
    final ComboBox<AgreementStatus> status = new ComboBox<>();
    private final AgreementService agreements;

    AgreementListView(AgreementService agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        AllywayUser user = currentUser.require();
        addClassName("allyway-page");
        setSizeFull();
        grid = grid(true);
        grid.setSizeFull();
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(AgreementStatus::label);
        status.setPlaceholder("Any status");
        status.setClearButtonVisible(true);
        status.setVisible(user.isInternal());
        if (user.hasRole(Role.FOUNDER)) {
            status.setValue(AgreementStatus.SUBMITTED);
        }
        status.addValueChangeListener(change -> refresh());
        refresh();
        add(new ViewHeading("Agreements", user.isInternal()
                ? "Drafts, agreements waiting for a founder, and signed agreements. Open one to work on it."
                : "Your organization's agreements with us: download the signed PDF and accept it."), status, grid);
    }

    private void refresh() {
        grid.setItems(agreements.list(status.getValue() == null ? List.of() : List.of(status.getValue())));
    }

    /** The agreement grid shared with the relationship page; opens an agreement on click. */
    static Grid<Agreement> grid(boolean withPartner) {
        Grid<Agreement> grid = new Grid<>(Agreement.class, false);
        if (withPartner) {
            grid.addColumn(Agreement::getPartnerName).setHeader("Partner").setFlexGrow(2);
        }
        grid.addColumn(agreement -> agreement.getNumber() == null ? "Draft" : "Agreement " + agreement.getNumber())
                .setHeader("Agreement");
        grid.addColumn(agreement -> agreement.getStatus().label()).setHeader("Status").setFlexGrow(2);
        grid.addColumn(agreement -> agreement.getPlan().terms().getFirst().value()).setHeader("Commission")
                .setFlexGrow(2);
        grid.addColumn(agreement -> agreement.getPlan().startsOn()).setHeader("Starts");
        grid.addColumn(agreement -> agreement.getAcceptedAt() == null ? "" : DAY.format(agreement.getAcceptedAt()))
                .setHeader("Accepted");
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(
                ui -> ui.navigate(AgreementView.class, click.getItem().getId())));
        return grid;
    }
}
