package com.allyway.payout.ui;

import com.allyway.payout.RevenueEntry;
import com.allyway.payout.RevenueEvent;
import com.allyway.payout.RevenueService;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One payment or refund, typed in: the same checks as an import row. */
class RevenueEntryForm extends Composite<FormLayout> {

    final Select<RevenueEvent.Kind> kind = new Select<>();
    final TextField invoice = new TextField("Invoice");
    final TextField refund = new TextField("Refund reference");
    final TextField introduction = new TextField("Introduction id");
    final BigDecimalField amount = new BigDecimalField("Amount");
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD",
            "AUD", "JPY");

    final ComboBox<String> currency = new ComboBox<>("Currency", CURRENCIES);
    final DatePicker date = new DatePicker("Date");
    final Button save = new Button("Record");

    RevenueEntryForm(Function<RevenueEntry, RevenueService.ImportResult> record) {
        kind.setLabel("Type");
        kind.setItems(RevenueEvent.Kind.values());
        kind.setItemLabelGenerator(each -> each == RevenueEvent.Kind.PAYMENT ? "Invoice paid" : "Refund");
        kind.setValue(RevenueEvent.Kind.PAYMENT);
        kind.addValueChangeListener(change -> refund.setVisible(change.getValue() == RevenueEvent.Kind.REFUND));
        refund.setVisible(false);
        introduction.setHelperText("Shown on the introduction's page.");
        currency.setValue("EUR");
        save.addClickListener(click -> {
            try {
                RevenueService.ImportResult result = record.apply(entry());
                FieldErrors.clear(fields());
                Notices.success(result.added() == 1 ? "Recorded." : "Already recorded exactly so; nothing added.");
            } catch (RejectedInputException rejected) {
                FieldErrors.show(rejected, fields());
            }
        });
        getContent().add(kind, invoice, refund, introduction, amount, currency, date, save);
    }

    private RevenueEntry entry() {
        if (amount.getValue() == null || amount.getValue().signum() <= 0) {
            throw new RejectedInputException("amount", "Enter an amount more than zero.");
        }
        if (date.getValue() == null) {
            throw new RejectedInputException("date", "Enter the date the money moved.");
        }
        if (invoice.getValue().isBlank()) {
            throw new RejectedInputException("invoice", "Enter the invoice.");
        }
        Money money;
        try {
            money = Money.of(amount.getValue(), currency.getValue());
        } catch (IllegalArgumentException wrong) {
            throw new RejectedInputException("amount", wrong.getMessage());
        }
        boolean isRefund = kind.getValue() == RevenueEvent.Kind.REFUND;
        if (isRefund && refund.getValue().isBlank()) {
            throw new RejectedInputException("refund", "Enter the refund's own reference.");
        }
        return new RevenueEntry(kind.getValue(), isRefund ? refund.getValue().strip() : invoice.getValue().strip(),
                invoice.getValue().strip(), introduction.getValue().strip(), money, date.getValue());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("invoice", invoice, "refund", refund, "introduction", introduction, "amount", amount,
                "currency", currency, "date", date);
    }
}
