package com.allyway.introduction.ui;

import com.allyway.introduction.Dispute;
import com.allyway.introduction.DisputeEntry;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;

/** A partner user disputes an attribution decision with a first statement, then lands on the dispute. */
class OpenDisputeDialog extends Dialog {

    final TextArea statement = new TextArea("Your statement");
    final Button open = new Button("Open dispute");

    OpenDisputeDialog(Function<String, Dispute> opener) {
        setHeaderTitle("Dispute the attribution decision");
        setWidth("min(36rem, 95vw)");
        statement.setMaxLength(DisputeEntry.TEXT_MAX_LENGTH);
        statement.setWidthFull();
        statement.setMinHeight("8rem");
        add(new Paragraph("Say what you disagree with and why. Only your colleagues and our team read what you write"
                + " here, never the other side; you can add evidence once the dispute is open."), statement);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> {
            try {
                Dispute opened = opener.apply(statement.getValue());
                close();
                getUI().ifPresent(ui -> ui.navigate(DisputeView.class, opened.getId()));
            } catch (RejectedInputException rejected) {
                FieldErrors.show(rejected, Map.of("text", statement));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), open);
    }
}
