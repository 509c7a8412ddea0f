package com.allyway.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A view's heading with one sentence saying what the view is for. */
public class ViewHeading extends VerticalLayout {

    public ViewHeading(String title, String purpose) {
        setPadding(false);
        setSpacing(false);
        H2 heading = new H2(title);
        heading.addClassNames(LumoUtility.Margin.NONE);
        add(heading);
        if (purpose != null) {
            Paragraph paragraph = new Paragraph(purpose);
            paragraph.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(paragraph);
        }
    }
}
