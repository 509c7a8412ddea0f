package com.allyway.partner.ui;

import com.allyway.partner.InvitationService;
import com.allyway.partner.IssuedInvitation;
import com.allyway.partner.AccountSummary;
import com.allyway.security.Role;
import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;

/** Invites a colleague with internal roles; partner users are invited from their organization's page. */
class InviteColleagueDialog extends Dialog {

    final EmailField email = new EmailField("Email");
    final TextField displayName = new TextField("Name");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Button invite = new Button("Create invitation link");

    InviteColleagueDialog(InvitationService invitations) {
        setHeaderTitle("Invite a colleague");
        email.setRequired(true);
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        displayName.setRequired(true);
        displayName.setMaxLength(AccountSummary.DISPLAY_NAME_MAX_LENGTH);
        roles.setItems(Arrays.stream(Role.values()).filter(Role::isInternal).toList());
        roles.setItemLabelGenerator(Role::label);
        add(new FormLayout(displayName, email, roles));

        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> {
            try {
                IssuedInvitation issued = invitations.inviteInternalUser(email.getValue(), displayName.getValue(),
                        roles.getValue());
                close();
                new InvitationLinkDialog(issued).open();
            } catch (RejectedInputException rejected) {
                FieldErrors.show(rejected, Map.of("email", email, "displayName", displayName, "roles", roles));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), invite);
    }
}
