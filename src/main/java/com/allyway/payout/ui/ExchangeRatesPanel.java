package com.allyway.payout.ui;

import com.allyway.payout.ExchangeRate;
import com.allyway.payout.ExchangeRateService;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Currency;
import java.util.Map;

/** Finance's exchange-rate table: add a rate (never change one), see them newest first. */
class ExchangeRatesPanel extends Composite<VerticalLayout> {

    private final ExchangeRateService rates;
    final ComboBox<String> from = new ComboBox<>("From", RevenueEntryForm.CURRENCIES);
    final ComboBox<String> to = new ComboBox<>("To", RevenueEntryForm.CURRENCIES);
    final BigDecimalField rate = new BigDecimalField("1 unit is worth");
    final DatePicker date = new DatePicker("From day");
    final Button add = new Button("Add rate");
    final Grid<ExchangeRate> table = new Grid<>();

    ExchangeRatesPanel(ExchangeRateService rates) {
        this.rates = rates;
        from.setValue("USD");
        to.setValue("EUR");
        table.addColumn(ExchangeRate::date).setHeader("From day");
        table.addColumn(each -> "1 " + each.from().getCurrencyCode() + " = " + each.rate().toPlainString() + " "
                + each.to().getCurrencyCode()).setHeader("Rate").setFlexGrow(2);
        table.setAllRowsVisible(true);
        add.addClickListener(click -> add());
        HorizontalLayout form = new HorizontalLayout(from, to, rate, date, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(form, table);
        refresh();
    }

    private void add() {
        Map<String, HasValidation> fields = Map.of("to", to, "rate", rate, "date", date);
        try {
            rates.record(currency(from.getValue()), currency(to.getValue()), rate.getValue(), date.getValue());
            FieldErrors.clear(fields);
            Notices.success("Rate added.");
            refresh();
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, fields);
        }
    }

    private static Currency currency(String code) {
        return code == null ? null : Currency.getInstance(code);
    }

    private void refresh() {
        table.setItems(rates.all());
    }
}
