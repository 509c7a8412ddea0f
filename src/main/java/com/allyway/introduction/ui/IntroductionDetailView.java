package com.allyway.introduction.ui;

import com.allyway.introduction.AttributionDecision;
import com.allyway.introduction.Dispute;
import com.allyway.introduction.DisputeService;
import com.allyway.introduction.DisputeStatus;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionChanged;
import com.allyway.introduction.IntroductionChanges;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionViewers;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.introduction.TimelineEntry;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.partner.ui.StaffPicker;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/**
 * One introduction, shared by staff and the partner who made it: the details, the timeline, a comment box; for
 * staff also the status change and internal notes. Edits carry the version that was loaded, so a change somebody
 * else made in the meantime is never overwritten.
 */
@Route("introduction")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER})
public class IntroductionDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final IntroductionService introductions;
    private final OrganizationService organizations;
    private final IntroductionChanges changes;
    private final IntroductionViewers viewers;
    private final AllywayUser user;
    final Span alsoViewing = new Span();
    private Registration changeSubscription;
    private Registration presence;
    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final Paragraph facts = new Paragraph();
    final Paragraph attribution = new Paragraph();
    final StatusChangeForm statusForm;
    final TimelinePanel timeline = new TimelinePanel();
    final TextArea message = new TextArea("Add to the timeline");
    final Button comment = new Button("Comment");
    final Button internalNote = new Button("Add internal note");
    final StaffPicker owner;
    final Button assignOwner = new Button("Assign");
    final Paragraph credit = new Paragraph();
    final ConflictResolutionForm conflictForm;
    final Div disputes = new Div();
    final Button dispute = new Button("Dispute this decision");
    private final DisputeService disputeService;
    private Introduction introduction;

    IntroductionDetailView(IntroductionService introductions, DisputeService disputeService,
            OrganizationService organizations, UserAccountService accounts, IntroductionChanges changes,
            IntroductionViewers viewers, CurrentUser currentUser) {
        this.introductions = introductions;
        this.disputeService = disputeService;
        this.organizations = organizations;
        this.changes = changes;
        this.viewers = viewers;
        this.user = currentUser.require();
        addClassName("allyway-page");
        statusForm = new StatusChangeForm(this::changeStatus);
        message.setMaxLength(TimelineEntry.TEXT_MAX_LENGTH);
        message.setId("timeline-message");
        comment.setId("post-comment");
        status.setId("introduction-status");
        timeline.setId("timeline");
        message.setWidthFull();
        comment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        comment.addClickListener(click -> post(id -> introductions.comment(id, message.getValue())));
        internalNote.addClickListener(click -> post(id -> introductions.addInternalNote(id, message.getValue())));
        boolean staff = user.hasRole(Role.STAFF);
        boolean mayComment = staff || user.hasRole(Role.PARTNER);
        statusForm.setVisible(staff);
        internalNote.setVisible(staff);
        owner = new StaffPicker("Owner on our side", staff ? accounts.staff() : List.of());
        conflictForm = new ConflictResolutionForm("Record decision", this::resolveConflict);
        conflictForm.setVisible(false);
        HorizontalLayout ownerRow = new HorizontalLayout(owner, assignOwner);
        ownerRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        ownerRow.setVisible(staff);
        if (staff) {
            assignOwner.addClickListener(click -> assignOwner());
        }
        dispute.setVisible(false);
        dispute.addClickListener(click -> new OpenDisputeDialog(
                statement -> disputeService.open(introduction.getId(), statement)).open());
        message.setVisible(mayComment);
        comment.setVisible(mayComment);
        alsoViewing.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(title, alsoViewing, status, facts, attribution, credit, conflictForm, dispute, disputes, ownerRow,
                statusForm, new H3("Timeline"), timeline, message, new HorizontalLayout(comment, internalNote));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        try {
            show(introductions.find(id).orElseThrow(() -> new NotFoundException("No introduction " + id)));
        } catch (AccessDeniedException otherOrganizations) {
            // The same page as for an id that does not exist: guessing ids must not reveal which ones do.
            throw new NotFoundException("No introduction " + id);
        }
    }

    private void show(Introduction shown) {
        boolean anotherIntroduction = introduction == null || !introduction.getId().equals(shown.getId());
        introduction = shown;
        if (anotherIntroduction && isAttached()) {
            enterPresence();
        }
        title.setText(shown.getProspectCompany());
        status.setText(shown.getStatus().label() + (shown.getDeclineReason() == null ? ""
                : ": " + shown.getDeclineReason()));
        facts.setText(factsOf(shown));
        attribution.setText(attributionOf(shown));
        attribution.setVisible(!attribution.getText().isEmpty());
        if (user.hasRole(Role.STAFF)) {
            statusForm.showFor(shown);
            owner.select(shown.getOwnerId());
        }
        boolean decided = shown.getAttributionDecidedAt() != null;
        credit.setText(decided || shown.getCreditPercent() < 100
                ? "Credit for this prospect: " + shown.getCreditPercent() + " %" : "");
        credit.setVisible(!credit.getText().isEmpty());
        conflictForm.setVisible(user.hasRole(Role.STAFF) && shown.isConflict());
        showDisputes(decided);
        timeline.show(introductions.timeline(shown.getId()));
    }

    private String factsOf(Introduction shown) {
        StringBuilder text = new StringBuilder("Contact: ").append(shown.getContactName());
        append(text, shown.getContactRole(), ", ");
        append(text, shown.getContactEmail(), " · ");
        append(text, shown.getProspectWebsite(), " · ");
        if (user.isInternal()) {
            text.append(" · From ").append(organizations.find(shown.getRelationshipId()).map(Organization::getName)
                    .orElse("(removed)"));
        }
        append(text, shown.getIntroducedBy() == null ? null : "introduced by " + shown.getIntroducedBy(), " · ");
        text.append(" on ").append(shown.getIntroducedOn());
        append(text, shown.getWhyGoodFit() == null ? null : "Why: " + shown.getWhyGoodFit(), ". ");
        if (shown.getDealValue() != null) {
            text.append(". Deal: ").append(shown.getDealValue());
        }
        return text.toString();
    }

    private String attributionOf(Introduction shown) {
        if (shown.isConflict() && user.isInternal()) {
            return "Conflict: another relationship introduced this prospect first. Resolve who it belongs to.";
        }
        return shown.isProspectAlreadyKnown() ? "This prospect was already known to us when it was introduced." : "";
    }

    private static void append(StringBuilder text, String value, String separator) {
        if (value != null && !value.isBlank()) {
            text.append(separator).append(value);
        }
    }

    private void changeStatus(StatusChangePolicy.Request request) {
        try {
            show(introductions.changeStatus(introduction.getId(), introduction.getVersion(), request));
            Notices.success("Status changed to " + request.target().label() + ".");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, statusForm.fieldsByName());
        }
    }

    private void showDisputes(boolean decided) {
        disputes.removeAll();
        List<Dispute> found = disputeService.forIntroduction(introduction.getId());
        for (Dispute each : found) {
            disputes.add(new Div(new RouterLink("Dispute of the attribution (" + each.getStatus().label().toLowerCase()
                    + "), opened " + IntroductionListView.WHEN.format(each.getOpenedAt()), DisputeView.class,
                    each.getId())));
        }
        boolean open = found.stream().anyMatch(each -> each.getStatus() == DisputeStatus.OPEN);
        dispute.setVisible(user.hasRole(Role.PARTNER) && decided && !open);
    }

    private void assignOwner() {
        try {
            show(introductions.assignOwner(introduction.getId(), introduction.getVersion(), owner.selectedId()));
            Notices.success(owner.getValue() == null ? "Owner removed." : "Assigned to "
                    + owner.getValue().displayName() + ".");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("owner", owner));
        }
    }

    private void resolveConflict(AttributionDecision.Request request) {
        try {
            show(introductions.resolveConflict(introduction.getId(), introduction.getVersion(), request));
            Notices.success("Decision recorded; both sides see it on their timelines.");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, conflictForm.fieldsByName());
        }
    }

    private void post(Function<String, TimelineEntry> action) {
        try {
            action.apply(introduction.getId());
            message.clear();
            message.setInvalid(false);
            timeline.show(introductions.timeline(introduction.getId()));
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("text", message));
        }
    }

    /** Listens for changes by others while the page is open, and shows who else has it open. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        changeSubscription = changes.subscribe(user, change -> ui.access(() -> onChange(change)));
        enterPresence();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changeSubscription.remove();
        leavePresence();
    }

    private void onChange(IntroductionChanged change) {
        if (introduction == null || !change.introductionId().equals(introduction.getId())) {
            return;
        }
        if (change.what() == IntroductionChanged.What.VIEWERS) {
            showViewers();
            return;
        }
        introductions.find(introduction.getId()).ifPresent(this::show);
    }

    private void enterPresence() {
        leavePresence();
        if (introduction != null) {
            presence = viewers.enter(introduction, user);
        }
        showViewers();
    }

    private void leavePresence() {
        if (presence != null) {
            presence.remove();
            presence = null;
        }
    }

    private void showViewers() {
        List<String> others = introduction == null ? List.of() : viewers.othersViewing(introduction.getId(), user);
        alsoViewing.setText(others.isEmpty() ? "" : "Also viewing now: " + String.join(", ", others));
    }

    @Override
    public String getPageTitle() {
        return introduction == null ? "Introduction" : introduction.getProspectCompany() + " · Allyway";
    }
}
