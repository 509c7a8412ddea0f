package com.allyway.payout.ui;

import com.allyway.payout.Statement;
import com.allyway.payout.StatementExportService;
import com.allyway.payout.StatementLine;
import com.allyway.payout.StatementService;
import com.allyway.payout.StatementStatus;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One statement, line by line with each line's explanation. Finance holds lines back or releases them while it is
 * a draft, approves it, and marks it paid.
 */
@Route("statement")
@RolesAllowed({Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.PARTNER})
public class StatementView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final StatementService statements;
    private final StatementExportService exports;
    private final AllywayUser user;
    final Grid<StatementLine> lines = new Grid<>();
    final Paragraph explanation = new Paragraph();
    final TextField holdReason = new TextField("Why hold it back?");
    final Button hold = new Button("Hold line back");
    final Button release = new Button("Release line");
    final Button approve = new Button("Approve statement");
    final DatePicker paidOn = new DatePicker("Paid on");
    final TextField reference = new TextField("Payment reference");
    final Button markPaid = new Button("Mark paid");
    private Statement statement;

    StatementView(StatementService statements, StatementExportService exports, CurrentUser currentUser) {
        this.statements = statements;
        this.exports = exports;
        this.user = currentUser.require();
        addClassName("allyway-page");
        lines.addColumn(line -> line.line().earnedOn()).setHeader("Earned").setAutoWidth(true);
        lines.addColumn(line -> line.line().invoiceId()).setHeader("Invoice").setAutoWidth(true);
        lines.addColumn(line -> line.line().amount().toString()).setHeader("Amount").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(line -> line.held() ? "Held: " + line.holdReason() : "Due").setHeader("Status")
                .setAutoWidth(true);
        lines.addColumn(line -> line.line().explanation()).setHeader("Explanation").setFlexGrow(3)
                .setTooltipGenerator(line -> line.line().explanation());
        lines.setAllRowsVisible(true);
        lines.setId("statement-lines");
        lines.asSingleSelect().addValueChangeListener(change -> explanation.setText(change.getValue() == null ? ""
                : change.getValue().line().explanation()));
        explanation.setId("line-explanation");
        holdReason.setMaxLength(StatementService.REASON_MAX_LENGTH);
        hold.addClickListener(click -> onSelectedLine(line -> act(() -> statements.hold(statement.getId(),
                statement.getVersion(), line.line().lineId(), holdReason.getValue()), "Line held back.",
                Map.of("reason", holdReason))));
        release.addClickListener(click -> onSelectedLine(line -> act(() -> statements.release(statement.getId(),
                statement.getVersion(), line.line().lineId()), "Line released.", Map.of())));
        approve.setId("approve-statement");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> act(() -> statements.approve(statement.getId(), statement.getVersion()),
                "Approved. The statement can no longer change.", Map.of()));
        markPaid.setId("mark-paid");
        markPaid.addClickListener(click -> act(() -> statements.markPaid(statement.getId(), statement.getVersion(),
                paidOn.getValue(), reference.getValue()), "Marked paid.", Map.of("paidOn", paidOn, "reference",
                reference)));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        show(statements.find(id).orElseThrow(() -> new NotFoundException("No statement " + id)));
    }

    private void show(Statement shown) {
        statement = shown;
        removeAll();
        add(new ViewHeading(shown.getPartnerName() + " · " + shown.getPeriodLabel(), shown.getStatus().label()
                + " · total " + shown.getTotal() + " · paid now " + shown.payable()
                + (shown.getPaidOn() == null ? "" : " · paid on " + shown.getPaidOn() + " (" + shown
                        .getPaymentReference() + ")")));
        if (shown.isCarriedForward()) {
            add(new Paragraph(shown.getCarryReason()));
        }
        if (shown.getSha256() != null) {
            add(new Paragraph("Approved by " + shown.getApprovedBy() + " · SHA-256 of its content "
                    + shown.getSha256()));
        }
        lines.setItems(shown.getLines());
        HorizontalLayout downloads = new HorizontalLayout(new Span("Download:"),
                download(shown, StatementExportService.Format.PDF, "PDF"),
                download(shown, StatementExportService.Format.XLSX, "Excel"),
                download(shown, StatementExportService.Format.CSV, "CSV"));
        add(downloads, new H3("Lines"), lines, explanation);
        boolean finance = user.hasRole(Role.FINANCE);
        if (finance && shown.getStatus() == StatementStatus.DRAFT) {
            HorizontalLayout lineActions = new HorizontalLayout(holdReason, hold, release);
            lineActions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(lineActions, approve);
        }
        if (finance && shown.getStatus() == StatementStatus.APPROVED && !shown.isCarriedForward()) {
            HorizontalLayout payment = new HorizontalLayout(paidOn, reference, markPaid);
            payment.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(new H3("Payment"), payment);
        }
    }

    private Anchor download(Statement shown, StatementExportService.Format format, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            StatementExportService.ExportedFile file = exports.export(shown.getId(), format);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), text);
        anchor.setId("export-" + format.name().toLowerCase());
        return anchor;
    }

    private void onSelectedLine(Consumer<StatementLine> action) {
        StatementLine selected = lines.asSingleSelect().getValue();
        if (selected == null) {
            Notices.problem("Select a line first.");
            return;
        }
        action.accept(selected);
    }

    private void act(Supplier<Statement> action, String success, Map<String, ? extends HasValidation> fields) {
        try {
            show(action.get());
            Notices.success(success);
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return statement == null ? "Statement" : statement.getPartnerName() + " " + statement.getPeriodLabel()
                + " · Allyway";
    }
}
