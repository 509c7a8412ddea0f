package com.allyway.demo;

import com.allyway.security.AllywayUser;
import com.allyway.security.AuthenticationScope;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Runs a demo step as one of the demo people, so the service's checks and the audit trail see that person. */
final class ActingAs {

    private ActingAs() {
    }

    static <T> T as(AllywayUser user, Supplier<T> call) {
        return AuthenticationScope.callAs(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), call);
    }
}
