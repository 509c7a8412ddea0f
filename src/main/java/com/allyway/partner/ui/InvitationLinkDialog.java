package com.allyway.partner.ui;

import com.allyway.partner.IssuedInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows a fresh invitation link, the only time it can be seen: Allyway keeps just a hash of it. Until email
 * delivery exists, the inviter passes it on.
 */
public class InvitationLinkDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public final Div link;

    InvitationLinkDialog(IssuedInvitation issued) {
        setHeaderTitle("Invitation for " + issued.email());
        link = new Div(issued.link());
        link.addClassName("allyway-link-box");
        add(new Paragraph("Send this link to " + issued.email() + ". It works once, until "
                + WHEN.format(issued.expiresAt()) + ". Allyway will not show it again."), link);
        Button copy = new Button("Copy link", click -> click.getSource().getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.link()));
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, done);
    }
}
