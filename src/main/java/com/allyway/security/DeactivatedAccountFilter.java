package com.allyway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was deactivated (or deleted) after it signed in, on its very next request.
 * Checking the account store per request costs one indexed lookup and works the same with several app instances,
 * where an in-memory session registry would not.
 */
class DeactivatedAccountFilter extends OncePerRequestFilter {

    private final UserDetailsService accounts;

    DeactivatedAccountFilter(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AllywayUser user
                && !SystemAuthentication.isSystem(user) && !isStillActive(user)) {
            // Created per use: it must take the security context strategy that is current now (Vaadin installs
            // its own after this filter was built), or it would clear a context nobody reads.
            new SecurityContextLogoutHandler().logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }

    private boolean isStillActive(AllywayUser user) {
        try {
            return accounts.loadUserByUsername(user.email()).isEnabled();
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
