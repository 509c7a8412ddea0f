package com.allyway.introduction.ui;

import com.allyway.introduction.AttributionDecision;
import com.allyway.introduction.Dispute;
import com.allyway.introduction.DisputeEntry;
import com.allyway.introduction.DisputeService;
import com.allyway.introduction.DisputeStatus;
import com.allyway.partner.UserAccountService;
import com.allyway.partner.ui.StaffPicker;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * One dispute of an attribution decision. Each side reads its own statements and evidence plus staff's messages;
 * staff read everything, own the case and close it with a new decision.
 */
@Route("dispute")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER})
public class DisputeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DisputeService disputes;
    private final AllywayUser user;
    final Paragraph summary = new Paragraph();
    final VerticalLayout entries = new VerticalLayout();
    final TextArea text = new TextArea("Add to the dispute");
    final Button addStatement = new Button("Add statement");
    final Button addEvidence = new Button("Add evidence");
    final Button addMessage = new Button("Send message to both sides");
    final StaffPicker owner;
    final Button assignOwner = new Button("Assign");
    final ConflictResolutionForm decision;
    private Dispute dispute;

    DisputeView(DisputeService disputes, UserAccountService accounts, CurrentUser currentUser) {
        this.disputes = disputes;
        this.user = currentUser.require();
        addClassName("allyway-page");
        boolean staff = user.hasRole(Role.STAFF);
        entries.setPadding(false);
        text.setMaxLength(DisputeEntry.TEXT_MAX_LENGTH);
        text.setWidthFull();
        addStatement.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addStatement.addClickListener(click -> add(DisputeEntry.Kind.STATEMENT));
        addEvidence.addClickListener(click -> add(DisputeEntry.Kind.EVIDENCE));
        addMessage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMessage.addClickListener(click -> add(DisputeEntry.Kind.MESSAGE));
        owner = new StaffPicker("Owner on our side", staff ? accounts.staff() : List.of());
        decision = new ConflictResolutionForm("Decide the dispute", this::decide);
        HorizontalLayout ownerRow = new HorizontalLayout(owner, assignOwner);
        ownerRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        ownerRow.setVisible(staff);
        if (staff) {
            assignOwner.addClickListener(click -> assignOwner());
        }
        decision.setVisible(false);
        add(summary, ownerRow, new H3("Statements"), entries, text, new HorizontalLayout(addStatement, addEvidence,
                addMessage), decision);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        show(disputes.find(id).orElseThrow(() -> new NotFoundException("No dispute " + id)));
    }

    private void show(Dispute shown) {
        dispute = shown;
        getChildren().filter(ViewHeading.class::isInstance).toList().forEach(this::remove);
        addComponentAsFirst(new ViewHeading("Dispute: " + shown.getProspectCompany(), user.isInternal()
                ? "Each side reads only its own statements and your messages."
                : "Only you and our team read your statements and evidence."));
        boolean open = shown.getStatus() == DisputeStatus.OPEN;
        summary.removeAll();
        summary.add(new Span(shown.getStatus().label() + " · opened " + IntroductionListView.WHEN.format(
                shown.getOpenedAt()) + (shown.getOwnerName() == null ? "" : " · owner " + shown.getOwnerName())
                + " · "), new RouterLink(user.isInternal() ? "the disputed introduction" : "your introduction",
                IntroductionDetailView.class, shown.getOwnIntroductionId()));
        if (user.isInternal() && shown.getOtherIntroductionId() != null) {
            summary.add(new Span(" · "), new RouterLink("the other introduction", IntroductionDetailView.class,
                    shown.getOtherIntroductionId()));
        }
        owner.select(shown.getOwnerId());
        text.setVisible(open && (user.hasAnyRole(Role.STAFF, Role.PARTNER)));
        addStatement.setVisible(open && user.hasRole(Role.PARTNER));
        addEvidence.setVisible(open && user.hasRole(Role.PARTNER));
        addMessage.setVisible(open && user.hasRole(Role.STAFF));
        decision.setVisible(open && user.hasRole(Role.STAFF));
        entries.removeAll();
        for (DisputeEntry entry : disputes.entries(shown.getId())) {
            entries.add(entryView(entry));
        }
    }

    private static Div entryView(DisputeEntry entry) {
        Span who = new Span(entry.actorName() + (entry.fromStaff() ? " (our team)" : "") + " · "
                + entry.kind().label() + " · " + IntroductionListView.WHEN.format(entry.at()));
        who.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div view = new Div(who, new Paragraph(entry.text()));
        view.addClassName("allyway-timeline-entry");
        return view;
    }

    private void add(DisputeEntry.Kind kind) {
        try {
            disputes.add(dispute.getId(), kind, text.getValue());
            text.clear();
            text.setInvalid(false);
            show(disputes.find(dispute.getId()).orElseThrow());
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("text", text));
        }
    }

    private void assignOwner() {
        try {
            show(disputes.assignOwner(dispute.getId(), dispute.getVersion(), owner.selectedId()));
            Notices.success("Owner saved.");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("owner", owner));
        }
    }

    private void decide(AttributionDecision.Request request) {
        try {
            show(disputes.decide(dispute.getId(), dispute.getVersion(), request));
            Notices.success("Dispute decided; the attribution of both introductions is updated.");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, decision.fieldsByName());
        }
    }

    @Override
    public String getPageTitle() {
        return dispute == null ? "Dispute" : "Dispute: " + dispute.getProspectCompany() + " · Allyway";
    }
}
