package com.allyway.agreement.ui;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementService;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.ui.RelationshipSection;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The relationship page's agreement history, newest first, with "Draft an agreement" for staff and finance. */
public class AgreementsSection implements RelationshipSection {

    private final AgreementService agreements;
    private final CurrentUser currentUser;

    public AgreementsSection(AgreementService agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(Relationship relationship) {
        AllywayUser user = currentUser.require();
        if (!user.hasAnyRole(Role.STAFF, Role.FINANCE, Role.FOUNDER)) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout(new H3("Agreements"));
        section.setPadding(false);
        section.setId("agreements");
        if (user.hasAnyRole(Role.STAFF, Role.FINANCE)) {
            Button draft = new Button("Draft an agreement", VaadinIcon.FILE_TEXT_O.create(), click -> click.getSource()
                    .getUI().ifPresent(ui -> ui.navigate(NewAgreementView.class, relationship.getId())));
            draft.setId("draft-agreement");
            section.add(draft);
        }
        section.add(new Paragraph(agreements.inForce(relationship.getId(), LocalDate.now(ZoneOffset.UTC))
                .map(agreement -> "In force today: Agreement " + agreement.getNumber() + ", "
                        + agreement.getPlan().terms().getFirst().value() + ", since " + agreement.getPlan().startsOn()
                        + ".")
                .orElse("No agreement is in force today.")));
        Grid<Agreement> history = AgreementListView.grid(false);
        history.setItems(agreements.history(relationship.getId()));
        history.setAllRowsVisible(true);
        section.add(history);
        return Optional.of(section);
    }
}
