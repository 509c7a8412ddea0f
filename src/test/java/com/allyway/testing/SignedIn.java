package com.allyway.testing;

import com.allyway.security.AllywayUser;
import com.allyway.security.AuthenticationScope;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Runs service calls as a given user, the way a signed-in request would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(AllywayUser user, Supplier<T> call) {
        return AuthenticationScope.callAs(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), call);
    }

    public static void run(AllywayUser user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }
}
