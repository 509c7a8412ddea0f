package com.allyway.relationship.ui;

import com.allyway.relationship.FormalizationAdvice;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The formalization advice for one relationship: the level, the sentence, and every criterion with its numbers. */
public class AdvicePanel extends Div {

    final Span level = new Span();
    final Paragraph summary = new Paragraph();
    final UnorderedList criteria = new UnorderedList();

    public AdvicePanel(FormalizationAdvice advice) {
        addClassName("allyway-advice");
        level.setText(advice.level().label());
        level.getElement().getThemeList().add(switch (advice.level()) {
            case FORMALIZE -> "badge success";
            case CONSIDER_FORMALIZING -> "badge";
            case KEEP_AS_ALLY -> "badge contrast";
        });
        summary.setText(advice.summary());
        for (FormalizationAdvice.Criterion criterion : advice.criteria()) {
            criteria.add(new ListItem((criterion.met() ? "✔ " : "✘ ") + criterion.name() + ": "
                    + criterion.evidence()));
        }
        add(new H3("Formalize or stay an ally?"), level, summary, criteria);
    }
}
