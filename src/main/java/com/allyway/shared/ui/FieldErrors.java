package com.allyway.shared.ui;

import com.allyway.shared.RejectedInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's refusal next to the field it concerns, or as a notice when no field on the form matches. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** @param fieldsByName the form's fields under the names the service uses for them */
    public static void show(RejectedInputException rejected, Map<String, ? extends HasValidation> fieldsByName) {
        clear(fieldsByName);
        HasValidation field = fieldsByName.get(rejected.field());
        if (field == null) {
            Notices.problem(rejected.getMessage());
            return;
        }
        field.setErrorMessage(rejected.getMessage());
        field.setInvalid(true);
    }

    /** Takes earlier refusals off the fields, e.g. once the form was saved. */
    public static void clear(Map<String, ? extends HasValidation> fieldsByName) {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }
}
