package com.allyway.notification;

import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import java.util.ArrayList;
import java.util.List;

/** The audiences a person belongs to: themselves, their organization (partners), their roles (internal people). */
final class Audiences {

    private Audiences() {
    }

    static String user(String userId) {
        return "user:" + userId;
    }

    static String organization(String organizationId) {
        return "organization:" + organizationId;
    }

    static String role(Role role) {
        return "role:" + role.name();
    }

    static List<String> of(AllywayUser user) {
        List<String> audiences = new ArrayList<>();
        audiences.add(user(user.id()));
        if (user.organizationId() != null) {
            audiences.add(organization(user.organizationId()));
        }
        user.roles().stream().filter(Role::isInternal).forEach(role -> audiences.add(role(role)));
        return audiences;
    }
}
