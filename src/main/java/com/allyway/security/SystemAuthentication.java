package com.allyway.security;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets start-up jobs (demo data, the first admin's invitation) call services through their normal access checks,
 * as the "system" actor that the audit trail shows for them. Never bound to an HTTP session.
 */
public final class SystemAuthentication {

    private static final AllywayUser SYSTEM = new AllywayUser("system", "system", "Allyway",
            EnumSet.of(Role.STAFF, Role.FINANCE, Role.FOUNDER, Role.ADMIN), null, null, true);

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable action) {
        callAsSystem(() -> {
            action.run();
            return null;
        });
    }

    static boolean isSystem(AllywayUser user) {
        return SYSTEM.id().equals(user.id());
    }
}
