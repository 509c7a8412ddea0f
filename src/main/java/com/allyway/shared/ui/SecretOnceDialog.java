package com.allyway.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shows a secret (an invitation link, an API key, a webhook signing secret) the one time it exists on screen:
 * Allyway keeps only its hash. A "Copy" button puts it on the clipboard where the browser allows that.
 */
public class SecretOnceDialog extends Dialog {

    /** The secret as shown; its id is the one given, for tests and for people's own automation. */
    public final Div secret;

    public SecretOnceDialog(String title, String explanation, String value, String copyLabel, String secretId) {
        setHeaderTitle(title);
        secret = new Div(value);
        secret.addClassName("allyway-link-box");
        secret.setId(secretId);
        add(new Paragraph(explanation), secret);
        Button copy = new Button(copyLabel, click -> click.getSource().getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value));
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, done);
    }
}
