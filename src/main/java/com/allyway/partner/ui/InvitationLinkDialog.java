package com.allyway.partner.ui;

import com.allyway.partner.IssuedInvitation;
import com.allyway.shared.ui.SecretOnceDialog;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A fresh invitation link, shown once. Until email delivery exists, the inviter passes it on. */
public class InvitationLinkDialog extends SecretOnceDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    InvitationLinkDialog(IssuedInvitation issued) {
        super("Invitation for " + issued.email(), "Send this link to " + issued.email() + ". It works once, until "
                + WHEN.format(issued.expiresAt()) + ". Allyway will not show it again.", issued.link(), "Copy link",
                "invitation-link");
    }
}
