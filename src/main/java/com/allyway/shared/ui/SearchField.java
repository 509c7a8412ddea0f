package com.allyway.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a grid: reacts after typing pauses, clears with one click, then re-runs the search. */
public class SearchField extends TextField {

    public SearchField(String placeholder, Runnable search) {
        setPlaceholder(placeholder);
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(change -> search.run());
    }
}
