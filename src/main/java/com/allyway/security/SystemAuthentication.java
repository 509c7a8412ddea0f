package com.allyway.security;

import com.allyway.audit.AuditLog;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Lets start-up jobs (demo data, the first admin's invitation) call services through their normal access checks,
 * as the "system" actor that the audit trail shows for them. Never bound to an HTTP session.
 */
public final class SystemAuthentication {

    private static final AllywayUser SYSTEM = new AllywayUser(AuditLog.SYSTEM, AuditLog.SYSTEM, "Allyway",
            EnumSet.of(Role.STAFF, Role.FINANCE, Role.FOUNDER, Role.ADMIN), null, null, true);

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> action) {
        return AuthenticationScope.callAs(
                UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()), action);
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
