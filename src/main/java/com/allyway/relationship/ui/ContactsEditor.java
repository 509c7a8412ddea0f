package com.allyway.relationship.ui;

import com.allyway.relationship.Contact;
import com.allyway.shared.EmailAddresses;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts of a relationship as a small list: add a person below it, remove one from its row. Changes are
 * saved with the rest of the profile, so one Save button stores all of it or none.
 */
class ContactsEditor extends Composite<VerticalLayout> implements HasValidation {

    final Grid<Contact> grid = new Grid<>(Contact.class, false);
    final TextField name = new TextField("Name");
    final TextField role = new TextField("Role");
    final TextField email = new TextField("Email");
    final Button add = new Button("Add contact", VaadinIcon.PLUS.create());
    private final List<Contact> contacts = new ArrayList<>();
    final Span error = new Span();

    ContactsEditor() {
        grid.addColumn(Contact::name).setHeader("Contact");
        grid.addColumn(Contact::role).setHeader("Role");
        grid.addColumn(Contact::email).setHeader("Email");
        grid.addComponentColumn(contact -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                contacts.remove(contact);
                grid.setItems(contacts);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + contact.name());
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        name.setMaxLength(Contact.NAME_MAX_LENGTH);
        role.setMaxLength(Contact.ROLE_MAX_LENGTH);
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        add.addClickListener(click -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage("Enter the contact's name first.");
                name.setInvalid(true);
                return;
            }
            name.setInvalid(false);
            contacts.add(new Contact(name.getValue(), email.getValue(), role.getValue()));
            grid.setItems(contacts);
            name.clear();
            role.clear();
            email.clear();
        });
        HorizontalLayout newContact = new HorizontalLayout(name, role, email, add);
        newContact.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        newContact.setWrap(true);
        getContent().setPadding(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        getContent().add(grid, error, newContact);
    }

    List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    void setContacts(List<Contact> value) {
        contacts.clear();
        contacts.addAll(value);
        grid.setItems(contacts);
    }

    void setEditable(boolean editable) {
        grid.getColumnByKey("remove").setVisible(editable);
        name.getParent().ifPresent(row -> row.setVisible(editable));
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    /** A refused contact (e.g. "Contact 2's email address ...") is shown right under the list. */
    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
