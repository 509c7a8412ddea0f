package com.allyway.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.WebStorage;

/**
 * Switches between light and dark. The choice is kept in the browser's local storage, so it survives sign-out and
 * applies to nobody else using another browser.
 */
class ColorSchemeToggle extends Button {

    static final String STORAGE_KEY = "allyway.colorScheme";

    ColorSchemeToggle() {
        super(new Icon(VaadinIcon.ADJUST));
        setAriaLabel("Switch between light and dark");
        setTooltipText("Light or dark");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(click -> toggle());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        WebStorage.getItem(STORAGE_KEY, stored -> {
            if (ColorScheme.Value.DARK.getValue().equals(stored)) {
                ui.getPage().setColorScheme(ColorScheme.Value.DARK);
            } else if (ColorScheme.Value.LIGHT.getValue().equals(stored)) {
                ui.getPage().setColorScheme(ColorScheme.Value.LIGHT);
            }
        });
    }

    private void toggle() {
        UI ui = UI.getCurrent();
        boolean dark = ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
        ColorScheme.Value next = dark ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK;
        ui.getPage().setColorScheme(next);
        WebStorage.setItem(STORAGE_KEY, next.getValue());
    }
}
