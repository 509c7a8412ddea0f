package com.allyway.introduction.ui;

import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.LoggedIntroduction;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * Logging an introduction, fast: the four essentials (company, website, contact, email) come first. Staff also
 * choose the ally or partner it came from, for allies without a login.
 */
@Route("introductions/new")
@PageTitle("Log an introduction")
@Menu(title = "Log an introduction", order = 20, icon = "vaadin:plus-circle")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF})
public class LogIntroductionView extends VerticalLayout {

    final ComboBox<Organization> relationship = new ComboBox<>("Introduced by (ally or partner)");
    final TextField prospectCompany = new TextField("Prospect company");
    final TextField prospectWebsite = new TextField("Website");
    final TextField contactName = new TextField("Contact name");
    final EmailField contactEmail = new EmailField("Contact email");
    final TextField contactRole = new TextField("Contact's role");
    final TextArea whyGoodFit = new TextArea("Why it is a good fit");
    final TextField introducedBy = new TextField("Introduced by (person)");
    final DatePicker introducedOn = new DatePicker("Introduced on");
    final Button save = new Button("Log introduction");

    LogIntroductionView(IntroductionService introductions, OrganizationService organizations,
            CurrentUser currentUser) {
        addClassName("allyway-page");
        AllywayUser user = currentUser.require();
        boolean staff = user.hasRole(Role.STAFF);
        limits();
        ids();
        introducedBy.setValue(staff ? "" : user.displayName());

        FormLayout essentials = new FormLayout(prospectCompany, prospectWebsite, contactName, contactEmail);
        FormLayout more = new FormLayout(contactRole, introducedBy, introducedOn, whyGoodFit);
        more.setColspan(whyGoodFit, 2);
        add(new ViewHeading("Log an introduction", "Who did you introduce us to? The first four fields are"
                + " enough; the rest helps us prepare."));
        if (staff) {
            relationship.setItems(query -> organizations.list(query.getFilter().orElse(""),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            relationship.setItemLabelGenerator(Organization::getName);
            relationship.setRequired(true);
            relationship.setWidthFull();
            add(relationship);
        }
        add(essentials, new H3("More about it"), more);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            save.setEnabled(true);
            try {
                LoggedIntroduction logged = introductions.log(
                        relationship.getValue() == null ? null : relationship.getValue().getId(), details());
                Notices.success(logged.prospectAlreadyKnown()
                        ? "Logged. This prospect was already known to us; our team will sort out the attribution."
                        : "Logged. Thank you for the introduction!");
                getUI().ifPresent(ui -> ui.navigate(IntroductionDetailView.class, logged.id()));
            } catch (RejectedInputException rejected) {
                FieldErrors.show(rejected, fields());
            }
        });
        add(save);
    }

    private IntroductionDetails details() {
        return new IntroductionDetails(prospectCompany.getValue(), prospectWebsite.getValue(),
                contactName.getValue(), contactEmail.getValue(), contactRole.getValue(), whyGoodFit.getValue(),
                introducedBy.getValue(), introducedOn.getValue());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("relationship", relationship);
        fields.put("prospectCompany", prospectCompany);
        fields.put("prospectWebsite", prospectWebsite);
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("contactRole", contactRole);
        fields.put("whyGoodFit", whyGoodFit);
        fields.put("introducedBy", introducedBy);
        fields.put("introducedOn", introducedOn);
        return fields;
    }

    /** Stable ids for browser tests and for people who automate their own browsers. */
    private void ids() {
        relationship.setId("relationship");
        prospectCompany.setId("prospect-company");
        prospectWebsite.setId("prospect-website");
        contactName.setId("contact-name");
        contactEmail.setId("contact-email");
        save.setId("log-introduction");
    }

    private void limits() {
        prospectCompany.setRequired(true);
        contactName.setRequired(true);
        prospectCompany.setMaxLength(IntroductionDetails.NAME_MAX_LENGTH);
        contactName.setMaxLength(IntroductionDetails.NAME_MAX_LENGTH);
        introducedBy.setMaxLength(IntroductionDetails.NAME_MAX_LENGTH);
        prospectWebsite.setMaxLength(IntroductionDetails.WEBSITE_MAX_LENGTH);
        prospectWebsite.setPlaceholder("acme.com");
        prospectWebsite.setHelperText("Or leave empty and give the contact's work email.");
        contactEmail.setMaxLength(EmailAddresses.MAX_LENGTH);
        contactRole.setMaxLength(IntroductionDetails.ROLE_MAX_LENGTH);
        whyGoodFit.setMaxLength(IntroductionDetails.WHY_MAX_LENGTH);
    }
}
