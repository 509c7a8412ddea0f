package com.allyway.agreement.ui;

import com.allyway.agreement.AgreementTemplate;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.TemplatePlaceholders;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Founders and admins write the agreement templates. Saving never changes a version that drafts may use: it stores
 * the next version.
 */
@Route("agreement-templates")
@PageTitle("Agreement templates")
@Menu(title = "Templates", order = 24, icon = "vaadin:file-text")
@RolesAllowed({Role.Names.FOUNDER, Role.Names.ADMIN})
public class AgreementTemplatesView extends VerticalLayout {

    private final AgreementTemplateService templates;
    final Grid<AgreementTemplate> grid = new Grid<>(AgreementTemplate.class, false);
    final TextField name = new TextField("Template name");
    final TextField title = new TextField("Agreement title");
    final TextArea recitals = new TextArea("Recitals");
    final TextArea clauses = new TextArea("Clauses");
    final Button save = new Button("Save as new version");
    final Button newTemplate = new Button("New template");
    private AgreementTemplate editing;

    AgreementTemplatesView(AgreementTemplateService templates) {
        this.templates = templates;
        addClassName("allyway-page");
        grid.addColumn(AgreementTemplate::name).setHeader("Template").setFlexGrow(3);
        grid.addColumn(AgreementTemplate::version).setHeader("Version");
        grid.addColumn(AgreementTemplate::savedBy).setHeader("Saved by");
        grid.addColumn(template -> AgreementListView.DAY.format(template.savedAt())).setHeader("Saved");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(change.getValue());
            }
        });
        name.setMaxLength(AgreementTemplate.NAME_MAX_LENGTH);
        title.setMaxLength(AgreementTemplate.NAME_MAX_LENGTH);
        recitals.setMaxLength(AgreementTemplate.TEXT_MAX_LENGTH);
        clauses.setMaxLength(AgreementTemplate.TEXT_MAX_LENGTH);
        recitals.setHelperText("Paragraphs separated by blank lines.");
        clauses.setHelperText("Paragraphs separated by blank lines; a line starting with \"# \" is a heading. The"
                + " commission terms table is printed from the plan, before the clauses.");
        recitals.setHeight("8rem");
        clauses.setHeight("20rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        newTemplate.addClickListener(click -> edit(null));
        FormLayout form = new FormLayout(name, title, recitals, clauses);
        form.setColspan(recitals, 2);
        form.setColspan(clauses, 2);
        Paragraph placeholders = new Paragraph("Placeholders: " + Arrays.stream(
                TemplatePlaceholders.Placeholder.values()).map(placeholder -> placeholder.token() + " "
                + placeholder.meaning()).collect(Collectors.joining("; ")) + ".");
        add(new ViewHeading("Agreement templates", "The text of agreements. Drafts name the exact version they"
                + " use, so saving here never changes an agreement already drafted."), grid, newTemplate,
                new H3("Edit"), placeholders, form, new HorizontalLayout(save));
        refresh();
        templates.latestVersions().stream().findFirst().ifPresent(grid::select);
    }

    private void edit(AgreementTemplate template) {
        editing = template;
        if (template == null) {
            grid.deselectAll();
        }
        name.setValue(template == null ? "" : template.name());
        title.setValue(template == null ? "" : template.title());
        recitals.setValue(template == null ? "" : template.recitals());
        clauses.setValue(template == null ? "" : template.clauses());
        FieldErrors.clear(fields());
    }

    private void save() {
        try {
            AgreementTemplate saved = templates.save(editing, name.getValue(), title.getValue(), recitals.getValue(),
                    clauses.getValue());
            refresh();
            grid.select(saved);
            Notices.success("Saved " + saved.label() + ".");
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, fields());
        }
    }

    private void refresh() {
        grid.setItems(templates.latestVersions());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "title", title, "recitals", recitals, "clauses", clauses);
    }
}
