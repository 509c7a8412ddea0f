package com.allyway.relationship.ui;

import com.allyway.partner.AccountSummary;
import com.allyway.partner.ui.StaffPicker;
import com.allyway.relationship.ContextFlag;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipProfile;
import com.allyway.relationship.RelationshipStage;
import com.allyway.relationship.RelationshipType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The editable part of a relationship: type, stage, context, owner, tags, notes and contacts. */
class RelationshipProfileForm extends Composite<VerticalLayout> {

    final RadioButtonGroup<RelationshipType> type = new RadioButtonGroup<>("Type");
    final Select<RelationshipStage> stage = new Select<>();
    final CheckboxGroup<ContextFlag> flags = new CheckboxGroup<>("Context");
    final StaffPicker owner;
    final TextField tags = new TextField("Tags");
    final TextArea notes = new TextArea("Notes (internal)");
    final TextField feeNote = new TextField("Fees already paid without an agreement");
    final ContactsEditor contacts = new ContactsEditor();
    /** An owner who is no longer an active staff member: kept as is unless somebody picks another one. */
    private String unlistedOwnerId;

    RelationshipProfileForm(List<AccountSummary> staff) {
        type.setItems(RelationshipType.values());
        type.setItemLabelGenerator(RelationshipType::label);
        stage.setLabel("Stage");
        stage.setItems(RelationshipStage.values());
        stage.setItemLabelGenerator(RelationshipStage::label);
        flags.setItems(ContextFlag.values());
        flags.setItemLabelGenerator(ContextFlag::label);
        owner = new StaffPicker("Owner on staff", staff);
        owner.addValueChangeListener(change -> unlistedOwnerId = null);
        tags.setHelperText("Separate tags with commas.");
        notes.setMaxLength(RelationshipProfile.NOTES_MAX_LENGTH);
        feeNote.setMaxLength(RelationshipProfile.FEE_NOTE_MAX_LENGTH);
        feeNote.setHelperText("Leave empty when none are paid; e.g. \"10 % of first-year revenue, paid by bank"
                + " transfer\".");
        FormLayout form = new FormLayout(type, stage, owner, tags, flags, feeNote, notes);
        form.setColspan(notes, 2);
        getContent().setPadding(false);
        getContent().add(form, new H3("Contacts"), contacts);
    }

    void read(Relationship relationship) {
        type.setValue(relationship.getType());
        stage.setValue(relationship.getStage());
        flags.setValue(relationship.getFlags());
        boolean unlisted = !owner.select(relationship.getOwnerId());
        unlistedOwnerId = unlisted ? relationship.getOwnerId() : null;
        owner.setPlaceholder(unlisted ? relationship.getOwnerName() + " (no longer on staff)" : "");
        tags.setValue(String.join(", ", relationship.getTags()));
        notes.setValue(Objects.requireNonNullElse(relationship.getNotes(), ""));
        feeNote.setValue(Objects.requireNonNullElse(relationship.getFeeNote(), ""));
        contacts.setContacts(relationship.getContacts());
    }

    RelationshipProfile profile() {
        return new RelationshipProfile(type.getValue(), stage.getValue(), flags.getValue(),
                owner.getValue() != null ? owner.selectedId() : unlistedOwnerId, contacts.getContacts(),
                Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList(),
                notes.getValue(), feeNote.getValue());
    }

    void setEditable(boolean editable) {
        type.setReadOnly(!editable);
        stage.setReadOnly(!editable);
        flags.setReadOnly(!editable);
        owner.setReadOnly(!editable);
        tags.setReadOnly(!editable);
        notes.setReadOnly(!editable);
        feeNote.setReadOnly(!editable);
        contacts.setEditable(editable);
    }

    /** The fields under the names the relationship service uses when it refuses one. */
    Map<String, HasValidation> byServiceName() {
        return Map.of("type", type, "stage", stage, "owner", owner, "tags", tags, "notes", notes,
                "feeNote", feeNote, "contacts", contacts);
    }
}
