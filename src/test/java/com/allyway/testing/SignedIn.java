package com.allyway.testing;

import com.allyway.security.AllywayUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a given user, the way a signed-in request would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(AllywayUser user, Supplier<T> call) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(AllywayUser user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }
}
