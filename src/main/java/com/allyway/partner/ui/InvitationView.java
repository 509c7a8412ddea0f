package com.allyway.partner.ui;

import com.allyway.partner.InvitationPreview;
import com.allyway.partner.InvitationService;
import com.allyway.partner.InvitationUnusableException;
import com.allyway.partner.PasswordPolicy;
import com.allyway.partner.AccountSummary;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.security.SessionSignIn;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an invitation link leads: the invitee confirms their name, chooses a password and is signed in. The token
 * in the address is the only credential, so the page is open to anonymous visitors.
 */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Your invitation · Allyway")
@AnonymousAllowed
public class InvitationView extends Main implements HasUrlParameter<String> {

    private final InvitationService invitations;
    private final SessionSignIn sessionSignIn;
    private final VerticalLayout content = new VerticalLayout();
    private String token;
    final TextField displayName = new TextField("Your name");
    final PasswordField password = new PasswordField("Choose a password");
    final PasswordField repeat = new PasswordField("Repeat the password");
    final Button accept = new Button("Create my account");

    InvitationView(InvitationService invitations, SessionSignIn sessionSignIn) {
        this.invitations = invitations;
        this.sessionSignIn = sessionSignIn;
        addClassName("allyway-centered");
        content.setMaxWidth("28rem");
        content.addClassNames("allyway-card");
        displayName.setMaxLength(AccountSummary.DISPLAY_NAME_MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A short sentence works well.");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Disabled while the request runs, so a double click cannot use the link twice.
        accept.setDisableOnClick(true);
        accept.addClickListener(click -> acceptWith(token));
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        content.removeAll();
        Span brand = new Span("Allyway");
        brand.addClassNames("allyway-brand", LumoUtility.FontSize.XXLARGE);
        content.add(brand);
        try {
            showForm(invitations.preview(token));
        } catch (InvitationUnusableException unusable) {
            content.add(new H2("This link cannot be used"), new Paragraph(unusable.getMessage()));
        }
    }

    private void showForm(InvitationPreview preview) {
        String as = preview.organizationName() == null
                ? preview.roles().stream().sorted().map(Role::label).collect(Collectors.joining(" and "))
                : "a member of " + preview.organizationName();
        displayName.setValue(preview.displayName() == null ? "" : preview.displayName());
        content.add(new H2("Welcome to Allyway"),
                new Paragraph("You were invited as " + as + ". You will sign in with " + preview.email() + "."),
                displayName, password, repeat, accept);
        displayName.setWidthFull();
        password.setWidthFull();
        repeat.setWidthFull();
    }

    private void acceptWith(String token) {
        accept.setEnabled(true);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        repeat.setInvalid(false);
        try {
            AllywayUser user = invitations.accept(token, displayName.getValue(), password.getValue());
            sessionSignIn.signIn(user, "after accepting an invitation");
            // A full page load of the application root (relative to the page's base address), so the browser
            // continues in the new, signed-in session.
            getUI().ifPresent(ui -> ui.getPage().setLocation("."));
        } catch (InvitationUnusableException unusable) {
            content.removeAll();
            content.add(new H2("This link cannot be used"), new Paragraph(unusable.getMessage()));
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("displayName", displayName, "password", password));
        }
    }
}
