package com.allyway.partner.ui;

import com.allyway.partner.AccountSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Objects;

/** Chooses a staff member, e.g. the owner of a relationship, an introduction or a dispute, or an owner filter. */
public class StaffPicker extends ComboBox<AccountSummary> {

    public StaffPicker(String label, List<AccountSummary> staff) {
        super(label);
        setItems(staff);
        setItemLabelGenerator(AccountSummary::displayName);
        setClearButtonVisible(true);
    }

    /**
     * Shows the listed staff member with this id, or nobody.
     *
     * @return false when somebody was named who is not listed (no longer an active staff member)
     */
    public boolean select(String userId) {
        AccountSummary listed = getListDataView().getItems().filter(member -> Objects.equals(member.id(), userId))
                .findFirst().orElse(null);
        setValue(listed);
        return listed != null || userId == null;
    }

    /** The chosen staff member's id, or null for nobody. */
    public String selectedId() {
        return getValue() == null ? null : getValue().id();
    }
}
