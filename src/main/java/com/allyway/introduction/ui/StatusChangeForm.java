package com.allyway.introduction.ui;

import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.shared.Money;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Staff move an introduction on: the next status, with a reason to decline and the deal's value to win. */
class StatusChangeForm extends FormLayout {

    final ComboBox<IntroductionStatus> next = new ComboBox<>("New status");
    final TextField reason = new TextField("Reason (the partner sees it)");
    final BigDecimalField dealAmount = new BigDecimalField("Deal value");
    final TextField dealCurrency = new TextField("Currency");
    final DatePicker wonOn = new DatePicker("Won on");
    final Button apply = new Button("Change status");

    StatusChangeForm(Consumer<StatusChangePolicy.Request> onApply) {
        next.setItemLabelGenerator(IntroductionStatus::label);
        next.setId("next-status");
        apply.setId("apply-status");
        dealCurrency.setValue("EUR");
        dealCurrency.setMaxLength(3);
        next.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> {
            try {
                onApply.accept(new StatusChangePolicy.Request(next.getValue(), reason.getValue(), dealValue(),
                        wonOn.getValue()));
            } catch (IllegalArgumentException badMoney) {
                dealAmount.setErrorMessage(badMoney.getMessage());
                dealAmount.setInvalid(true);
            }
        });
        add(next, reason, dealAmount, dealCurrency, wonOn, apply);
        showFieldsFor(null);
    }

    void showFor(Introduction introduction) {
        next.setItems(StatusChangePolicy.nextAfter(introduction.getStatus()).stream().sorted().toList());
        next.clear();
        setVisible(!introduction.getStatus().isFinal());
    }

    Map<String, HasValidation> fieldsByName() {
        return Map.of("status", next, "reason", reason, "dealValue", dealAmount, "wonOn", wonOn);
    }

    private Money dealValue() {
        return dealAmount.getValue() == null ? null : Money.of(dealAmount.getValue(), dealCurrency.getValue());
    }

    private void showFieldsFor(IntroductionStatus target) {
        reason.setVisible(target == IntroductionStatus.DECLINED);
        boolean deal = target == IntroductionStatus.WON || target == IntroductionStatus.OPPORTUNITY;
        dealAmount.setVisible(deal);
        dealCurrency.setVisible(deal);
        wonOn.setVisible(target == IntroductionStatus.WON);
    }
}
