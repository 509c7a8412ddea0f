package com.allyway.api.ui;

import com.allyway.api.ApiKey;
import com.allyway.api.ApiKeyService;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** "Revoke" in a row of API keys, for the organization admin's page and for Allyway's admins alike. */
class RevokeKeyButton extends Button {

    /** @param afterwards shows the keys again: revoked, or changed by somebody else meanwhile */
    RevokeKeyButton(ApiKeyService keys, ApiKey key, Runnable afterwards) {
        super("Revoke");
        addClickListener(click -> {
            try {
                keys.revoke(key.getId(), key.getVersion());
                Notices.success("Key \"" + key.getName() + "\" revoked: it opens nothing any more.");
            } catch (RejectedInputException changed) { // also a concurrent change
                Notices.problem(changed.getMessage());
            }
            afterwards.run();
        });
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        setAriaLabel("Revoke key " + key.getName());
    }
}
