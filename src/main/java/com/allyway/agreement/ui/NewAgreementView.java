package com.allyway.agreement.ui;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.DraftingAdvice;
import com.allyway.relationship.ui.AdvicePanel;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;

/**
 * Staff or finance start an agreement draft for one relationship, with the formalization advice in view. Against
 * the advice, a written reason is asked for.
 */
@Route("agreements/new")
@RolesAllowed({Role.Names.STAFF, Role.Names.FINANCE})
public class NewAgreementView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AgreementService agreements;
    private final AgreementTemplateService templates;
    final TextArea reason = new TextArea("Why an agreement anyway?");
    final Button save = new Button("Save draft");
    AgreementDraftForm form;
    private DraftingAdvice drafting;

    NewAgreementView(AgreementService agreements, AgreementTemplateService templates) {
        this.agreements = agreements;
        this.templates = templates;
        addClassName("allyway-page");
        reason.setWidthFull();
        reason.setMaxLength(AgreementService.COMMENT_MAX_LENGTH);
        reason.setHelperText("Recorded with the draft and in the audit trail.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("save-draft");
    }

    @Override
    public void setParameter(BeforeEvent event, String relationshipId) {
        try {
            drafting = agreements.draftingAdvice(relationshipId);
        } catch (RejectedInputException missing) {
            throw new NotFoundException("No relationship " + relationshipId);
        }
        removeAll();
        form = new AgreementDraftForm(templates.latestVersions());
        reason.setVisible(drafting.advice().agreementNeedsReason());
        add(new ViewHeading("Draft an agreement with " + drafting.partnerName(), "A founder approves it; approval"
                + " signs the PDF that the partner then accepts in the portal."), new AdvicePanel(drafting.advice()),
                reason, form, save);
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>(form.byServiceName());
        fields.put("reason", reason);
        try {
            Agreement draft = agreements.startDraft(drafting.relationshipId(), form.draft(), reason.getValue());
            getUI().ifPresent(ui -> ui.navigate(AgreementView.class, draft.getId()));
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return drafting == null ? "New agreement" : "New agreement with " + drafting.partnerName() + " · Allyway";
    }
}
