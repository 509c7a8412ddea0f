package com.allyway.relationship.ui;

import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.ui.IntroductionDetailView;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.InvitationService;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.partner.ui.InvitePersonDialog;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One relationship: its profile (editable by staff and admins), its introductions, and the people who sign in for
 * it.
 */
@Route("relationship")
@RolesAllowed({Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER, Role.Names.ADMIN})
public class RelationshipView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final RelationshipService relationships;
    private final IntroductionService introductions;
    private final OrganizationService organizations;
    private final UserAccountService accounts;
    private final InvitationService invitations;
    private final AllywayUser user;
    private final List<RelationshipSection> sections;
    final Grid<Introduction> introductionGrid = new Grid<>(Introduction.class, false);
    final Grid<AccountSummary> members = new Grid<>(AccountSummary.class, false);
    final Button save = new Button("Save changes");
    RelationshipProfileForm form;
    private Relationship relationship;
    private ViewHeading heading;
    AdvicePanel advice;
    private String title = "Relationship";

    RelationshipView(RelationshipService relationships, IntroductionService introductions,
            OrganizationService organizations, UserAccountService accounts, InvitationService invitations,
            CurrentUser currentUser, List<RelationshipSection> sections) {
        this.sections = sections;
        this.relationships = relationships;
        this.introductions = introductions;
        this.organizations = organizations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.user = currentUser.require();
        addClassName("allyway-page");
        introductionGrid.addColumn(Introduction::getProspectCompany).setHeader("Prospect")
                .setSortProperty("prospectCompany").setFlexGrow(2);
        introductionGrid.addColumn(introduction -> introduction.getStatus().label()).setHeader("Status")
                .setSortProperty("status");
        introductionGrid.addColumn(Introduction::getIntroducedOn).setHeader("Introduced")
                .setSortProperty("introducedOn");
        introductionGrid.addColumn(Introduction::getOwnerName).setHeader("Owner");
        introductionGrid.setHeight("22rem");
        introductionGrid.addItemClickListener(click -> click.getSource().getUI().ifPresent(
                ui -> ui.navigate(IntroductionDetailView.class, click.getItem().getId())));
        members.addColumn(AccountSummary::displayName).setHeader("Name");
        members.addColumn(AccountSummary::email).setHeader("Email");
        members.addColumn(account -> account.active() ? "Active" : "Deactivated").setHeader("Status");
        members.setAllRowsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
    }

    @Override
    public void setParameter(BeforeEvent event, String relationshipId) {
        relationship = relationships.find(relationshipId).orElseThrow(
                () -> new NotFoundException("No relationship " + relationshipId));
        title = relationship.getName() + " · Allyway";
        removeAll();
        boolean editable = user.hasAnyRole(Role.STAFF, Role.ADMIN);
        form = new RelationshipProfileForm(accounts.staff());
        form.read(relationship);
        form.setEditable(editable);
        heading = new ViewHeading(relationship.getName(), summary(relationship));
        advice = new AdvicePanel(relationships.advice(relationship.getId()));
        add(heading, advice, form);
        if (editable) {
            add(save);
        }
        if (user.hasAnyRole(Role.STAFF, Role.FINANCE, Role.FOUNDER)) { // admins manage people, not introductions
            showIntroductions();
        }
        sections.forEach(section -> section.create(relationship).ifPresent(this::add));
        add(new H3("People who sign in"));
        Organization organization = organizations.find(relationshipId).orElseThrow(
                () -> new NotFoundException("No organization " + relationshipId));
        if (editable) {
            Button invite = new Button("Invite a person", VaadinIcon.ENVELOPE.create(),
                    click -> new InvitePersonDialog(organization, invitations, issued -> refreshMembers()).open());
            add(invite);
        }
        add(members);
        refreshMembers();
    }

    private void showIntroductions() {
        IntroductionFilter filter = IntroductionFilter.ofRelationship(relationship.getId());
        introductionGrid.setItems(query -> introductions.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) introductions.count(filter));
        add(new H3("Introductions"), introductionGrid);
    }

    private void save() {
        try {
            relationship = relationships.update(relationship.getId(), relationship.getVersion(), form.profile());
            form.read(relationship);
            ViewHeading refreshed = new ViewHeading(relationship.getName(), summary(relationship));
            replace(heading, refreshed);
            heading = refreshed;
            AdvicePanel refreshedAdvice = new AdvicePanel(relationships.advice(relationship.getId()));
            replace(advice, refreshedAdvice);
            advice = refreshedAdvice;
            FieldErrors.clear(form.byServiceName());
            Notices.success("Saved.");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, form.byServiceName());
        }
    }

    private static String summary(Relationship relationship) {
        String type = relationship.getType().label();
        String stage = relationship.getStage().label();
        return (stage.equals(type) ? type : type + " · " + stage)
                + (relationship.getWebsite() == null ? "" : " · " + relationship.getWebsite());
    }

    private void refreshMembers() {
        members.setItems(accounts.members(relationship.getId()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
