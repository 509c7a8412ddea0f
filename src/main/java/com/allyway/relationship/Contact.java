package com.allyway.relationship;

/**
 * A person at the relationship staff talk to. Allies often have no login at all, so these are kept apart from
 * the people who sign in.
 */
public record Contact(String name, String email, String role) {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int ROLE_MAX_LENGTH = 120;

    /** "Jane Doe (Partner manager, jane@acme.com)" for lists and the audit trail. */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        String extra = String.join(", ", java.util.stream.Stream.of(role, email)
                .filter(part -> part != null && !part.isBlank()).toList());
        return extra.isEmpty() ? text.toString() : text.append(" (").append(extra).append(')').toString();
    }
}
