package com.allyway.introduction.ui;

import com.allyway.introduction.AttributionDecision;
import com.allyway.introduction.AttributionOutcome;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Staff settle who gets the credit for a prospect two relationships introduced: keep the first, reassign to the
 * later one, or split. The reason is required and both sides read it, so it must not name the other side. Also
 * closes disputes, with the same choices.
 */
class ConflictResolutionForm extends FormLayout {

    final RadioButtonGroup<AttributionOutcome> outcome = new RadioButtonGroup<>("Decision");
    final IntegerField splitPercent = new IntegerField("Later introduction's share (%)");
    final TextArea reason = new TextArea("Reason (both sides read it; do not name the other side)");
    final Button decide = new Button("Record decision");

    ConflictResolutionForm(String buttonText, Consumer<AttributionDecision.Request> onDecide) {
        outcome.setItems(AttributionOutcome.values());
        outcome.setItemLabelGenerator(AttributionOutcome::label);
        splitPercent.setMin(1);
        splitPercent.setMax(99);
        splitPercent.setValue(50);
        splitPercent.setStepButtonsVisible(true);
        splitPercent.setVisible(false);
        outcome.addValueChangeListener(change -> splitPercent.setVisible(change.getValue() == AttributionOutcome.SPLIT));
        reason.setMaxLength(AttributionDecision.REASON_MAX_LENGTH);
        decide.setText(buttonText);
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(click -> onDecide.accept(new AttributionDecision.Request(outcome.getValue(),
                splitPercent.getValue(), reason.getValue())));
        add(outcome, splitPercent, reason, decide);
        setColspan(outcome, 2);
        setColspan(reason, 2);
    }

    Map<String, HasValidation> fieldsByName() {
        return Map.of("outcome", outcome, "splitPercent", splitPercent, "reason", reason);
    }
}
