package com.allyway.api.ui;

import com.allyway.api.ApiKey;
import com.allyway.api.ApiKeyService;
import com.allyway.api.IssuedApiKey;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.SecretOnceDialog;
import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** An organization admin's API keys: create one (its secret is shown once), see them all, revoke one. */
@Route("api-keys")
@PageTitle("API keys")
@Menu(title = "API keys", order = 60, icon = "vaadin:key")
@RolesAllowed(Role.Names.ORGANIZATION_ADMIN)
public class ApiKeysView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public final TextField name = new TextField("Name of the new key");
    public final Button create = new Button("Create key");
    public final Grid<ApiKey> keys = new Grid<>();
    private final ApiKeyService service;

    ApiKeysView(ApiKeyService service) {
        this.service = service;
        addClassName("allyway-page");
        name.setPlaceholder("e.g. CRM sync");
        name.setMaxLength(ApiKeyService.NAME_MAX_LENGTH);
        name.setId("api-key-name");
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        keys.addColumn(ApiKey::getName).setHeader("Name").setAutoWidth(true);
        keys.addColumn(key -> key.getVisiblePrefix() + "…").setHeader("Key starts with").setAutoWidth(true);
        keys.addColumn(key -> key.getCreatedBy() + ", " + WHEN.format(key.getCreatedAt())).setHeader("Created");
        keys.addColumn(key -> key.isRevoked() ? "Revoked by " + key.getRevokedBy() + ", "
                + WHEN.format(key.getRevokedAt()) : "Active").setHeader("Status");
        keys.addComponentColumn(key -> key.isRevoked() ? new Div() : new RevokeKeyButton(service, key,
                this::refresh)).setHeader("")
                .setKey("revoke");
        keys.setAllRowsVisible(true);
        add(new ViewHeading("API keys", "Your own systems log introductions and read their status through the"
                + " Allyway API with a key. Anyone holding a key acts for your organization: keep keys secret,"
                + " one per system, and revoke a key you no longer need."), form, keys,
                new Paragraph("The API is described at /v3/api-docs; send the key as \"Authorization: Bearer"
                        + " <key>\"."));
        refresh();
    }

    private void create() {
        try {
            IssuedApiKey issued = service.create(name.getValue());
            name.clear();
            refresh();
            new SecretOnceDialog("Key \"" + issued.key().getName() + "\"", "Copy the key into your system now."
                    + " Allyway will not show it again.", issued.secret(), "Copy key", "api-key-secret").open();
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("name", name));
        }
    }

    private void refresh() {
        keys.setItems(service.list());
    }
}
