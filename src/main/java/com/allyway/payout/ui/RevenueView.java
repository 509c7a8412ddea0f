package com.allyway.payout.ui;

import com.allyway.payout.ExchangeRateService;
import com.allyway.payout.RecordedRevenue;
import com.allyway.payout.RevenueCsv;
import com.allyway.payout.RevenueImportRejectedException;
import com.allyway.payout.RevenueService;
import com.allyway.payout.RowProblem;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.BoundedUpload;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Revenue of won introductions: import a CSV (checked whole; one bad row and nothing is imported, every bad row
 * listed), record a single payment or refund, and see what was recorded last.
 */
@Route("revenue")
@PageTitle("Revenue")
@Menu(title = "Revenue", order = 30, icon = "vaadin:money")
@RolesAllowed({Role.Names.FINANCE, Role.Names.STAFF})
public class RevenueView extends VerticalLayout {

    static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    private final RevenueService revenue;
    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);
    final Grid<RecordedRevenue> recorded = new Grid<>(RecordedRevenue.class, false);
    final RevenueEntryForm form;

    RevenueView(RevenueService revenue, ExchangeRateService rates, CurrentUser currentUser) {
        this.revenue = revenue;
        addClassName("allyway-page");
        upload.setId("revenue-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setUploadHandler(new BoundedUpload(MAX_IMPORT_BYTES, (name, bytes) -> {
            Runnable show = importFile(name, bytes);
            return () -> {
                show.run();
                upload.clearFileList();
            };
        }));
        outcome.setId("revenue-import-outcome");
        problems.addColumn(RowProblem::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::reason).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.setId("revenue-import-problems");
        recorded.addColumn(RecordedRevenue::on).setHeader("Date").setAutoWidth(true);
        recorded.addColumn(row -> row.kind().name().toLowerCase()).setHeader("Type").setAutoWidth(true);
        recorded.addColumn(RecordedRevenue::reference).setHeader("Reference").setAutoWidth(true);
        recorded.addColumn(RecordedRevenue::prospect).setHeader("Customer").setFlexGrow(2);
        recorded.addColumn(row -> row.amount().toString()).setHeader("Amount").setAutoWidth(true);
        recorded.addColumn(RecordedRevenue::source).setHeader("Source").setFlexGrow(1);
        recorded.setAllRowsVisible(true);
        form = new RevenueEntryForm(entry -> {
            RevenueService.ImportResult result = revenue.record(entry);
            refresh();
            return result;
        });
        Div help = new Div(new Paragraph("CSV columns (header row, UTF-8): " + String.join(",", RevenueCsv.COLUMNS)
                + ". Type is payment or refund; a refund names the invoice it refunds and its own reference."
                + " Amounts use a dot for decimals; dates are YYYY-MM-DD. Importing the same invoices again adds"
                + " nothing."));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(new ViewHeading("Revenue", "What won introductions brought in: the base of every commission."),
                new H3("Import a CSV file"), help, upload, outcome, problems, new H3("Record one payment or refund"),
                form, new H3("Recorded last"), recorded);
        if (currentUser.require().hasRole(Role.FINANCE)) {
            add(new H3("Exchange rates"), new Paragraph("Revenue in another currency than the plan's converts with"
                    + " the latest rate on or before the payment's day."), new ExchangeRatesPanel(rates));
        }
        refresh();
    }

    /** Imports the file and returns how to show the outcome (so the import runs outside the UI lock). */
    Runnable importFile(String fileName, byte[] bytes) {
        if (bytes.length > MAX_IMPORT_BYTES) {
            return () -> showOutcome("✘ " + fileName + " is larger than " + MAX_IMPORT_BYTES / (1024 * 1024)
                    + " MB: split it into several files.", List.of());
        }
        try {
            RevenueService.ImportResult result = revenue.importCsv(fileName, bytes);
            return () -> {
                showOutcome("✔ " + fileName + ": " + result.added() + " added, " + result.alreadyRecorded()
                        + " already recorded.", List.of());
                refresh();
            };
        } catch (RevenueImportRejectedException rejected) {
            return () -> showOutcome("✘ " + fileName + ": " + rejected.getMessage(), rejected.problems());
        } catch (RejectedInputException rejected) {
            return () -> showOutcome("✘ " + fileName + ": " + rejected.getMessage(), List.of());
        }
    }

    private void showOutcome(String text, List<RowProblem> rows) {
        outcome.setText(text);
        problems.setItems(rows);
        problems.setVisible(!rows.isEmpty());
    }

    private void refresh() {
        recorded.setItems(revenue.latest(200));
    }
}
