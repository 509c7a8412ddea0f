package com.allyway.ui.home;

import com.allyway.security.AllywayUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The common frame of the role homes: a greeting, a sentence about the role, and shortcut cards. */
abstract class HomePage extends VerticalLayout {

    private final FlexLayout shortcuts = new FlexLayout();
    private final FlexLayout charts = new FlexLayout();

    HomePage(AllywayUser user, String roleSummary) {
        addClassName("allyway-page");
        H2 greeting = new H2("Welcome, " + firstName(user.displayName()));
        greeting.addClassNames(LumoUtility.Margin.NONE);
        Paragraph summary = new Paragraph(roleSummary);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY);
        shortcuts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        shortcuts.addClassNames(LumoUtility.Gap.MEDIUM);
        shortcuts.setWidthFull();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassNames(LumoUtility.Gap.MEDIUM, "allyway-charts");
        charts.setWidthFull();
        add(greeting, summary, shortcuts, charts);
    }

    /** A chart (or a figure card) in the dashboard area under the shortcuts. */
    protected void addFigure(Component figure) {
        charts.add(figure);
    }

    /** A card that links to a view; what it says should tell a newcomer why they would go there. */
    protected void addShortcut(String title, String description, Class<? extends Component> view) {
        Anchor link = new Anchor(RouteConfiguration.forSessionScope().getUrl(view), title);
        Div card = new Div(link, new Paragraph(description));
        card.addClassName("allyway-card");
        shortcuts.add(card);
    }

    /** A card without a link, for something the home shows in place. */
    protected void addCard(Component... content) {
        Div card = new Div(content);
        card.addClassName("allyway-card");
        shortcuts.add(card);
    }

    static String firstName(String displayName) {
        String stripped = displayName.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }
}
