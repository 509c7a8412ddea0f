package com.allyway.relationship.ui;

import com.allyway.introduction.ui.IntroductionFields;
import com.allyway.partner.Organization;
import com.allyway.relationship.AllyWithIntroduction;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds a relationship. Ally is preselected: most relationships never need to be more. For an ally, staff can log
 * its first introduction in the same dialog, so an ally costs no paperwork.
 */
class NewRelationshipDialog extends Dialog {

    final TextField name = new TextField("Name");
    final RadioButtonGroup<RelationshipType> type = new RadioButtonGroup<>("Relationship");
    final TextField website = new TextField("Website");
    final Checkbox withIntroduction = new Checkbox("Log their first introduction now");
    final IntroductionFields introduction = new IntroductionFields();
    final Button create = new Button("Create");

    /** @param onCreated gets the new relationship; with a first introduction, the dialog opens that instead */
    NewRelationshipDialog(RelationshipService relationships, AllywayUser user, Consumer<Relationship> onCreated,
            Consumer<String> onIntroductionLogged) {
        setHeaderTitle("New relationship");
        setWidth("min(46rem, 95vw)");
        name.setRequired(true);
        name.setMaxLength(Organization.NAME_MAX_LENGTH);
        type.setItems(RelationshipType.values());
        type.setItemLabelGenerator(RelationshipType::label);
        type.setValue(RelationshipType.ALLY);
        website.setMaxLength(Organization.WEBSITE_MAX_LENGTH);
        website.setPlaceholder("https://");
        add(new FormLayout(name, type, website));

        // Only staff log introductions; admins create relationships but do not work them.
        boolean canLog = user.hasRole(Role.STAFF);
        withIntroduction.setVisible(canLog);
        introduction.setVisible(false);
        withIntroduction.addValueChangeListener(change -> introduction.setVisible(change.getValue()));
        type.addValueChangeListener(change -> {
            boolean ally = change.getValue() == RelationshipType.ALLY;
            withIntroduction.setVisible(canLog && ally);
            if (!ally) {
                withIntroduction.setValue(false);
            }
        });
        add(withIntroduction, introduction);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                if (withIntroduction.getValue()) {
                    AllyWithIntroduction created = relationships.createAllyWithIntroduction(name.getValue(),
                            website.getValue(), introduction.details());
                    close();
                    Notices.success(created.ally().getName() + " added, with its first introduction"
                            + (created.introduction().prospectAlreadyKnown()
                                    ? ". The prospect was already known: see the attribution." : "."));
                    onIntroductionLogged.accept(created.introduction().id());
                } else {
                    Relationship created = relationships.create(name.getValue(), type.getValue(), website.getValue());
                    close();
                    onCreated.accept(created);
                }
            } catch (RejectedInputException rejected) {
                Map<String, HasValidation> fields = new HashMap<>(introduction.byServiceName());
                fields.put("name", name);
                fields.put("type", type);
                fields.put("website", website);
                FieldErrors.show(rejected, fields);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
        name.focus();
    }
}
