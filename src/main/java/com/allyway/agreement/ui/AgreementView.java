package com.allyway.agreement.ui;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementComment;
import com.allyway.agreement.AgreementPdf;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.AgreementTemplate;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.CommissionPlan;
import com.allyway.agreement.SigningUnavailableException;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One agreement: its terms, and what the signed-in user can do with it now. Staff and finance edit and submit the
 * draft; a founder approves (which signs the PDF) or asks for changes; the partner downloads and accepts it. The
 * internal thread is never shown to partner users.
 */
@Route("agreement")
@RolesAllowed({Role.Names.PARTNER, Role.Names.STAFF, Role.Names.FINANCE, Role.Names.FOUNDER})
public class AgreementView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AgreementService agreements;
    private final AgreementTemplateService templates;
    private final AllywayUser user;
    final Button saveDraft = new Button("Save draft");
    final Button submit = new Button("Submit for approval");
    final Button approve = new Button("Approve and sign", VaadinIcon.CHECK.create());
    final TextArea changes = new TextArea("What should change?");
    final Button requestChanges = new Button("Request changes");
    final Checkbox acceptance = new Checkbox();
    final Button accept = new Button("Accept agreement", VaadinIcon.CHECK.create());
    final TextArea comment = new TextArea("Comment");
    final Button addComment = new Button("Add comment");
    Anchor download;
    AgreementDraftForm form;
    private List<AgreementTemplate> templateChoices = List.of();
    private Agreement agreement;

    AgreementView(AgreementService agreements, AgreementTemplateService templates, CurrentUser currentUser) {
        this.agreements = agreements;
        this.templates = templates;
        this.user = currentUser.require();
        addClassName("allyway-page");
        saveDraft.addClickListener(click -> saveDraft());
        submit.setId("submit-agreement");
        approve.setId("approve-agreement");
        acceptance.setId("accept-confirmation");
        accept.setId("accept-agreement");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> act(() -> agreements.submit(agreement.getId(), agreement.getVersion()),
                "Submitted. A founder other than you approves it.", Map.of()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> act(() -> agreements.approve(agreement.getId(), agreement.getVersion()),
                "Approved and signed. The partner can now accept it.", Map.of()));
        changes.setWidthFull();
        changes.setMaxLength(AgreementService.COMMENT_MAX_LENGTH);
        requestChanges.addClickListener(click -> act(() -> agreements.requestChanges(agreement.getId(),
                agreement.getVersion(), changes.getValue()), "Sent back to the drafters.", Map.of("comment", changes)));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addClickListener(click -> accept());
        comment.setWidthFull();
        comment.setMaxLength(AgreementService.COMMENT_MAX_LENGTH);
        addComment.addClickListener(click -> act(() -> agreements.comment(agreement.getId(), comment.getValue()),
                null, Map.of("comment", comment)));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        show(agreements.find(id).orElseThrow(() -> new NotFoundException("No agreement " + id)));
    }

    private void show(Agreement shown) {
        agreement = shown;
        removeAll();
        add(new ViewHeading(shown.title(), shown.getStatus().label()));
        demoKeyWarning(shown);
        add(new Paragraph(summary(shown)));
        if (user.isInternal() && shown.getReasonAgainstAdvice() != null) {
            add(new Paragraph("Drafted against the advice (" + shown.getAdviceAtDraft() + "). Reason: "
                    + shown.getReasonAgainstAdvice()));
        }
        boolean drafter = user.hasAnyRole(Role.STAFF, Role.FINANCE);
        if (drafter && shown.getStatus().editable()) {
            templateChoices = choicesFor(shown);
            form = new AgreementDraftForm(templateChoices);
            form.read(shown, templateChoices);
            add(form, new HorizontalLayout(saveDraft, submit));
        } else {
            add(new H3("Terms"), termsGrid(shown.getPlan()));
        }
        if (user.hasRole(Role.FOUNDER) && shown.getStatus() == AgreementStatus.SUBMITTED) {
            changes.clear();
            add(new H3("Your decision"), approve, changes, requestChanges);
        }
        if (shown.getStatus().signed()) {
            download = new Anchor(DownloadHandler.fromInputStream(event -> {
                AgreementPdf pdf = agreements.pdf(shown.getId());
                return new DownloadResponse(new ByteArrayInputStream(pdf.content()), pdf.fileName(), "application/pdf",
                        pdf.content().length);
            }), "Download the signed PDF");
            download.setId("download-agreement");
            add(download);
        }
        if (user.hasRole(Role.PARTNER) && shown.getStatus() == AgreementStatus.APPROVED) {
            acceptance.setLabel("I have read this agreement and accept it for " + shown.getPartnerName() + ".");
            acceptance.setValue(false);
            add(new H3("Accept"), acceptance, accept);
        }
        if (user.isInternal()) {
            showThread(shown);
        }
    }

    /** The latest version of each template, and the draft's own version even if a newer one exists. */
    private List<AgreementTemplate> choicesFor(Agreement draft) {
        List<AgreementTemplate> choices = new ArrayList<>(templates.latestVersions());
        if (choices.stream().noneMatch(template -> template.id().equals(draft.getTemplateId()))) {
            templates.find(draft.getTemplateId()).ifPresent(own -> choices.addFirst(own));
        }
        return choices;
    }

    private void demoKeyWarning(Agreement shown) {
        boolean demo = shown.getStatus().signed() ? shown.isSignedWithDemoKey() : agreements.signsWithDemoKey();
        if (demo) {
            Div warning = new Div(VaadinIcon.WARNING.create(), new Span(shown.getStatus().signed()
                    ? " Signed with Allyway's self-signed demo key: the signatures show the file is unchanged, but"
                    + " prove nothing about who signed it. Configure the company's certificate for real agreements."
                    : " Approval signs with Allyway's self-signed demo key until the company's certificate is"
                    + " configured."));
            warning.setId("demo-key-warning");
            warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
            add(warning);
        }
    }

    private static String summary(Agreement shown) {
        StringBuilder text = new StringBuilder(shown.getTemplateLabel()).append(" · drafted by ")
                .append(shown.getDrafterName()).append(" · partner signatory ").append(shown.getPartnerSignatoryName());
        if (shown.getApprovedAt() != null) {
            text.append(" · approved and signed by ").append(shown.getApprovedByName()).append(" on ")
                    .append(AgreementListView.DAY.format(shown.getApprovedAt()));
        }
        if (shown.getAcceptedAt() != null) {
            text.append(" · accepted by ").append(shown.getAcceptedByName()).append(" on ")
                    .append(AgreementListView.DAY.format(shown.getAcceptedAt()));
        }
        if (shown.getSupersededFrom() != null) {
            text.append(" · superseded from ").append(shown.getSupersededFrom());
        }
        return text.toString();
    }

    private static Grid<CommissionPlan.Term> termsGrid(CommissionPlan plan) {
        Grid<CommissionPlan.Term> terms = new Grid<>();
        terms.addColumn(CommissionPlan.Term::label).setHeader("Term");
        terms.addColumn(CommissionPlan.Term::value).setHeader("Value").setFlexGrow(3);
        terms.setItems(plan.terms());
        terms.setAllRowsVisible(true);
        return terms;
    }

    private void showThread(Agreement shown) {
        add(new H3("Thread"));
        for (AgreementComment entry : shown.getThread()) {
            Span who = new Span(entry.authorName() + " · " + entry.step() + " · "
                    + AgreementListView.DAY.format(entry.at()));
            who.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            Div view = new Div(who);
            if (entry.text() != null) {
                view.add(new Paragraph(entry.text()));
            }
            view.addClassName("allyway-timeline-entry");
            add(view);
        }
        comment.clear();
        add(comment, addComment);
    }

    private void saveDraft() {
        try {
            show(agreements.updateDraft(agreement.getId(), agreement.getVersion(), form.draft()));
            Notices.success("Draft saved.");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, form.byServiceName());
        }
    }

    private void accept() {
        if (!acceptance.getValue()) {
            acceptance.setErrorMessage("Tick the box to confirm you accept the agreement.");
            acceptance.setInvalid(true);
            return;
        }
        // This request's address (behind a proxy, set ALLYWAY_FORWARD_HEADERS=native), not the session's first one.
        String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
        act(() -> agreements.accept(agreement.getId(), agreement.getVersion(), address),
                "Accepted. The PDF now carries your acceptance signature.", Map.of());
    }

    private void act(Supplier<Agreement> action, String success, Map<String, ? extends HasValidation> fields) {
        try {
            show(action.get());
            if (success != null) {
                Notices.success(success);
            }
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, fields);
        } catch (SigningUnavailableException | IllegalStateException cannotSign) {
            Notices.problem(cannotSign.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return agreement == null ? "Agreement" : agreement.title() + " · Allyway";
    }
}
