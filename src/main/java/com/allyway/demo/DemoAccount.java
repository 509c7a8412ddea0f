package com.allyway.demo;

import com.allyway.security.Role;
import java.util.Set;

/**
 * A person in the demo data who can sign in.
 *
 * @param organization the demo organization's name for partner users, {@code null} for internal users
 */
public record DemoAccount(String email, String displayName, Set<Role> roles, String organization) {

    public String rolesLabel() {
        return String.join(" + ", roles.stream().sorted().map(Role::label).toList());
    }
}
