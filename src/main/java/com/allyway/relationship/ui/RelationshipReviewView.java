package com.allyway.relationship.ui;

import com.allyway.relationship.RelationshipReview;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.Role;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The founders' list of relationships to review: every relationship with the advice on formalizing it, the
 * strongest advice first. Open one to see the evidence.
 */
@Route("relationships/review")
@PageTitle("Relationships to review")
@Menu(title = "To review", order = 11, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.Names.FOUNDER)
public class RelationshipReviewView extends VerticalLayout {

    final Grid<RelationshipReview> grid = new Grid<>(RelationshipReview.class, false);

    RelationshipReviewView(RelationshipService relationships) {
        addClassName("allyway-page");
        setSizeFull();
        grid.addColumn(review -> review.relationship().getName()).setHeader("Relationship").setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(review -> review.advice().level().label()).setHeader("Advice").setAutoWidth(true)
                .setFlexGrow(0).setKey("advice");
        grid.addColumn(review -> review.advice().criteriaMet() + " of " + review.advice().criteria().size())
                .setHeader("Criteria met").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(review -> review.advice().summary()).setHeader("Why").setFlexGrow(5)
                .setTooltipGenerator(review -> review.advice().summary());
        grid.setItems(relationships.reviewList());
        grid.addItemClickListener(click -> getUI().ifPresent(
                ui -> ui.navigate(RelationshipView.class, click.getItem().relationship().getId())));
        grid.setSizeFull();
        add(new ViewHeading("Relationships to review", "Which relationships deserve a written agreement, and which"
                + " are better left as allies. Strongest advice first."), grid);
    }
}
