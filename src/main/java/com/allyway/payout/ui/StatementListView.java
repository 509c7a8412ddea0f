package com.allyway.payout.ui;

import com.allyway.payout.Statement;
import com.allyway.payout.Period;
import com.allyway.payout.StatementExportService;
import com.allyway.payout.StatementService;
import com.allyway.security.AllywayUser;
import com.allyway.security.AuthenticationScope;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Payout statements. Finance picks a period (a month or a quarter, as configured), generates its drafts and opens
 * one to review, hold, approve and mark paid; founders read along. A partner sees its own approved and paid
 * statements.
 */
@Route("statements")
@PageTitle("Statements")
@Menu(title = "Statements", order = 31, icon = "vaadin:invoice")
@RolesAllowed({Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.PARTNER})
public class StatementListView extends VerticalLayout {

    private final StatementService statements;
    private final StatementExportService exports;
    private final TaskExecutor background;
    final Button exportAll = new Button("Export all as ZIP");
    final ProgressBar progress = new ProgressBar();
    final Anchor zip = new Anchor();
    final ComboBox<Period> period = new ComboBox<>("Period");
    final Button generate = new Button("Generate drafts");
    final Grid<Statement> grid = new Grid<>(Statement.class, false);

    StatementListView(StatementService statements, StatementExportService exports,
            @Qualifier("applicationTaskExecutor") TaskExecutor background, CurrentUser currentUser) {
        this.statements = statements;
        this.exports = exports;
        this.background = background;
        AllywayUser user = currentUser.require();
        addClassName("allyway-page");
        List<Period> periods = statements.recentPeriods(LocalDate.now(ZoneOffset.UTC), 24);
        period.setItems(periods);
        period.setItemLabelGenerator(Period::label);
        period.setValue(periods.getFirst());
        period.setId("statement-period");
        period.addValueChangeListener(change -> refresh());
        period.setVisible(user.isInternal());
        generate.setId("generate-statements");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setVisible(user.hasRole(Role.FINANCE));
        generate.addClickListener(click -> generate());
        if (!user.isInternal()) {
            grid.addColumn(Statement::getPeriodLabel).setHeader("Period").setAutoWidth(true);
        } else {
            grid.addColumn(Statement::getPartnerName).setHeader("Partner").setFlexGrow(2);
        }
        grid.addColumn(statement -> statement.getStatus().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(statement -> statement.getLines().size()).setHeader("Lines").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(statement -> statement.getTotal().toString()).setHeader("Total").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(statement -> statement.payable().toString()).setHeader("Paid now").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(statement -> statement.getPaidOn() == null ? "" : statement.getPaidOn().toString())
                .setHeader("Paid on").setAutoWidth(true);
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(
                ui -> ui.navigate(StatementView.class, click.getItem().getId())));
        grid.setAllRowsVisible(true);
        exportAll.setId("export-zip");
        exportAll.setVisible(user.isInternal());
        exportAll.addClickListener(click -> exportAll());
        progress.setVisible(false);
        progress.setWidth("12rem");
        zip.setId("download-zip");
        zip.setVisible(false);
        HorizontalLayout controls = new HorizontalLayout(period, generate, exportAll, progress, zip);
        controls.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new ViewHeading("Statements", user.isInternal()
                ? "What each referral partner earned in a period, line by line. Generate the period's drafts, review"
                + " them, approve, then mark them paid."
                : "What your organization earned, period by period, with every line explained."), controls, grid);
        refresh();
    }

    private void generate() {
        StatementService.Generated result = statements.generate(period.getValue().start());
        refresh();
        String summary = result.drafts() + " drafts written, " + result.unchanged() + " unchanged, "
                + result.alreadyApproved() + " already approved.";
        if (result.problems().isEmpty()) {
            Notices.success(summary);
        } else {
            Notices.problem(summary + " Not generated: " + String.join("; ", result.problems()));
        }
    }

    /**
     * Builds the ZIP in the background, so the page stays responsive and shows progress; the person's sign-in
     * goes along, so the export's access checks apply as usual.
     */
    private void exportAll() {
        UI ui = UI.getCurrent();
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        LocalDate day = period.getValue().start();
        exportAll.setEnabled(false);
        zip.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        background.execute(() -> {
            try {
                StatementExportService.ExportedFile file = AuthenticationScope.callAs(signedIn, () -> exports.zip(day,
                        fraction -> ui.access(() -> progress.setValue(fraction))));
                ui.access(() -> {
                    zip.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                            file.content().length)));
                    zip.setText("Download " + file.fileName());
                    zip.setVisible(true);
                    progress.setVisible(false);
                    exportAll.setEnabled(true);
                });
            } catch (RuntimeException failed) {
                ui.access(() -> {
                    Notices.problem("The export failed: " + failed.getMessage());
                    progress.setVisible(false);
                    exportAll.setEnabled(true);
                });
            }
        });
    }

    private void refresh() {
        LocalDate day = period.getValue() == null ? LocalDate.now(ZoneOffset.UTC) : period.getValue().start();
        List<Statement> shown = statements.list(day);
        grid.setItems(shown);
    }
}
