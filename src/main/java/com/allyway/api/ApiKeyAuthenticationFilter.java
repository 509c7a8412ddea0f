package com.allyway.api;

import com.allyway.security.AllywayUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs an API request in as its key ({@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}) and applies
 * the key's rate limit. No session: every request carries its key. Answers 401 and 429 itself, as problem details.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final ApiRateLimitPolicy rateLimit;
    private final Clock clock;

    ApiKeyAuthenticationFilter(ApiKeyService keys, ApiRateLimitPolicy rateLimit, Clock clock) {
        this.keys = keys;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented == null) {
            unauthorized(response, "Send your API key as \"Authorization: Bearer <key>\" or in \"" + KEY_HEADER
                    + "\". An organization admin creates keys under \"API keys\" in the portal.");
            return;
        }
        Optional<AllywayUser> caller = keys.authenticate(presented);
        if (caller.isEmpty()) {
            unauthorized(response, "This API key is unknown or revoked.");
            return;
        }
        ApiRateLimitPolicy.Decision decision = rateLimit.take(caller.get().id(), clock.instant());
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "This key made too many requests; try again in " + decision.retryAfterSeconds() + " s.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get(), null,
                caller.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        String header = request.getHeader(KEY_HEADER);
        return header == null || header.isBlank() ? null : header.strip();
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"allyway\"");
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(ApiProblems.asMap(status, type, title,
                detail)));
    }
}
