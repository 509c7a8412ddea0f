package com.allyway.partner.ui;

import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.OrganizationType;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Adds an organization. Ally is preselected: most relationships never need to be more. */
class NewOrganizationDialog extends Dialog {

    final TextField name = new TextField("Name");
    final RadioButtonGroup<OrganizationType> type = new RadioButtonGroup<>("Relationship");
    final TextField website = new TextField("Website");
    final Button create = new Button("Create");

    NewOrganizationDialog(OrganizationService organizations, Consumer<Organization> onCreated) {
        setHeaderTitle("New organization");
        name.setRequired(true);
        name.setMaxLength(Organization.NAME_MAX_LENGTH);
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(OrganizationType::label);
        type.setValue(OrganizationType.ALLY);
        website.setMaxLength(Organization.WEBSITE_MAX_LENGTH);
        website.setPlaceholder("https://");
        add(new FormLayout(name, type, website));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                Organization created = organizations.create(name.getValue(), type.getValue(), website.getValue());
                close();
                onCreated.accept(created);
            } catch (RejectedInputException rejected) {
                FieldErrors.show(rejected, Map.of("name", name, "type", type, "website", website));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
        name.focus();
    }
}
