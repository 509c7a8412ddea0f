package com.allyway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of a record as it was before a change and after it, in the words a reader of the audit log sees
 * (labels, not enum constants). A field that was empty is {@code null}.
 */
public record FieldChange(String field, String before, String after) {

    /**
     * The fields whose values differ between two snapshots of one record, in the order of {@code after}. Both maps
     * name the same fields; a field present in only one counts as empty in the other.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(blankAsNull(old), blankAsNull(value))) {
                changes.add(new FieldChange(field, blankAsNull(old), blankAsNull(value)));
            }
        });
        return List.copyOf(changes);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** "Stage: Ally → Co-selling", for lists and logs. */
    public String describe() {
        return field + ": " + (before == null ? "(empty)" : before) + " → " + (after == null ? "(empty)" : after);
    }
}
