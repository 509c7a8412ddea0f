package com.allyway.api.ui;

import com.allyway.api.ApiKey;
import com.allyway.api.ApiKeyService;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.ui.RelationshipSection;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;

/**
 * For Allyway's admins on the relationship page: the organization's API keys, with "Revoke", so a key can be
 * stopped even when nobody at the partner can (their organization admins left).
 */
public class ApiKeysSection implements RelationshipSection {

    private final ApiKeyService keys;
    private final CurrentUser currentUser;

    public ApiKeysSection(ApiKeyService keys, CurrentUser currentUser) {
        this.keys = keys;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(Relationship relationship) {
        if (!currentUser.require().hasRole(Role.ADMIN)) {
            return Optional.empty();
        }
        Grid<ApiKey> grid = new Grid<>();
        grid.addColumn(ApiKey::getName).setHeader("API key").setAutoWidth(true);
        grid.addColumn(key -> key.getVisiblePrefix() + "…").setHeader("Starts with");
        grid.addColumn(key -> key.isRevoked() ? "Revoked by " + key.getRevokedBy() : "Active").setHeader("Status");
        grid.addComponentColumn(key -> key.isRevoked() ? new Div() : new RevokeKeyButton(keys, key,
                () -> grid.setItems(keys.listFor(relationship.getId()))))
                .setHeader("").setKey("revoke");
        grid.setAllRowsVisible(true);
        grid.setItems(keys.listFor(relationship.getId()));
        VerticalLayout section = new VerticalLayout(new H3("API keys"), new Paragraph("Keys this organization's"
                + " systems use; its organization admins manage them, and you can revoke one here."), grid);
        section.setPadding(false);
        section.setId("api-keys");
        return Optional.of(section);
    }
}
