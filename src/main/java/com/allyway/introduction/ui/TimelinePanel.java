package com.allyway.introduction.ui;

import com.allyway.introduction.TimelineEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** The shared history of an introduction, oldest first. Internal notes are marked so nobody mistakes them. */
class TimelinePanel extends VerticalLayout {

    TimelinePanel() {
        setPadding(false);
    }

    void show(List<TimelineEntry> entries) {
        removeAll();
        if (entries.isEmpty()) {
            add(new Paragraph("Nothing has happened yet."));
        }
        for (TimelineEntry entry : entries) {
            add(entryView(entry));
        }
    }

    private static Div entryView(TimelineEntry entry) {
        Span who = new Span(entry.actorName() + " · " + IntroductionListView.WHEN.format(entry.at()));
        who.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div view = new Div(who, new Paragraph(describe(entry)));
        view.addClassName("allyway-timeline-entry");
        if (entry.internal()) {
            view.addClassName("internal");
            Span badge = new Span("Internal note · not visible to partners");
            badge.getElement().getThemeList().add("badge contrast");
            view.addComponentAsFirst(badge);
        }
        return view;
    }

    static String describe(TimelineEntry entry) {
        return switch (entry.kind()) {
            case LOGGED -> "Logged the introduction.";
            case STATUS_CHANGED -> "Status: " + entry.fromStatus().label() + " → " + entry.toStatus().label()
                    + (entry.text() == null ? "" : ". Reason: " + entry.text());
            case COMMENT, INTERNAL_NOTE, ATTRIBUTION_DECIDED -> entry.text();
            case OWNER_ASSIGNED -> entry.text() == null ? "No owner on our side any more." : "Owner on our side: " + entry.text() + ".";
        };
    }
}
