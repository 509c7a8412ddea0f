package com.allyway.audit.ui;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.audit.AuditLog;
import com.allyway.security.Role;
import com.allyway.shared.ui.SearchField;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.Optional;

/** The audit trail, newest first, for admins. Read-only: nothing in Allyway edits or deletes an entry. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 91, icon = "vaadin:records")
@RolesAllowed(Role.Names.ADMIN)
public class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final ComboBox<AuditAction> action = new ComboBox<>();
    final SearchField search = new SearchField("Who or what", () -> grid.getDataProvider().refreshAll());

    AuditLogView(AuditLog auditLog) {
        addClassName("allyway-page");
        setSizeFull();
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setPlaceholder("Any action");
        action.setClearButtonVisible(true);
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(entry -> WHEN.format(entry.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setFlexGrow(2);
        grid.addColumn(entry -> entry.action().label()).setHeader("What").setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(AuditEntry::detailsWithChanges).setHeader("Details").setFlexGrow(3);
        grid.addColumn(AuditEntry::remoteAddress).setHeader("From").setAutoWidth(true);
        grid.setItems(query -> auditLog.find(Optional.ofNullable(action.getValue()), search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) auditLog.count(Optional.ofNullable(action.getValue()), search.getValue()));
        grid.setSizeFull();

        add(new ViewHeading("Audit log", "Sign-ins, invitations, and every change to relationships and introductions: who, when, what, before and after."),
                new HorizontalLayout(action, search), grid);
    }
}
