package com.allyway.introduction.ui;

import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.LoggedIntroduction;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
    final IntroductionFields fields = new IntroductionFields();
    final Button save = new Button("Log introduction");

    LogIntroductionView(IntroductionService introductions, OrganizationService organizations,
            CurrentUser currentUser) {
        addClassName("allyway-page");
        AllywayUser user = currentUser.require();
        boolean staff = user.hasRole(Role.STAFF);
        relationship.setId("relationship");
        save.setId("log-introduction");
        fields.introducedBy.setValue(staff ? "" : user.displayName());

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
        add(fields);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            save.setEnabled(true);
            try {
                LoggedIntroduction logged = introductions.log(
                        relationship.getValue() == null ? null : relationship.getValue().getId(), fields.details());
                Notices.success(logged.prospectAlreadyKnown()
                        ? "Logged. This prospect was already known to us; our team will sort out the attribution."
                        : "Logged. Thank you for the introduction!");
                getUI().ifPresent(ui -> ui.navigate(IntroductionDetailView.class, logged.id()));
            } catch (RejectedInputException rejected) {
                Map<String, HasValidation> byName = new HashMap<>(fields.byServiceName());
                byName.put("relationship", relationship);
                FieldErrors.show(rejected, byName);
            }
        });
        add(save);
    }
}
