package com.allyway.partner.ui;

import com.allyway.partner.AccountSummary;
import com.allyway.partner.InvitationService;
import com.allyway.partner.IssuedInvitation;
import com.allyway.partner.Organization;
import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Invites a person of a partner organization; on success, shows the link to pass on. */
public class InvitePersonDialog extends Dialog {

    public final EmailField email = new EmailField("Email");
    public final TextField displayName = new TextField("Name");
    public final Checkbox organizationAdmin = new Checkbox("Organization admin: manages the organization's API keys");
    public final Button invite = new Button("Create invitation link");

    public InvitePersonDialog(Organization organization, InvitationService invitations,
            Consumer<IssuedInvitation> onIssued) {
        setHeaderTitle("Invite a person to " + organization.getName());
        email.setRequired(true);
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        displayName.setRequired(true);
        displayName.setMaxLength(AccountSummary.DISPLAY_NAME_MAX_LENGTH);
        add(new Paragraph("They will sign in as a partner user and see only " + organization.getName()
                + "'s records."), new FormLayout(displayName, email), organizationAdmin);

        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> {
            try {
                IssuedInvitation issued = invitations.invitePartnerUser(organization.getId(), email.getValue(),
                        displayName.getValue(), organizationAdmin.getValue());
                close();
                new InvitationLinkDialog(issued).open();
                onIssued.accept(issued);
            } catch (RejectedInputException rejected) {
                FieldErrors.show(rejected, Map.of("email", email, "displayName", displayName));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), invite);
    }
}
