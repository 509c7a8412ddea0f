package com.allyway.api;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The REST API's own security: {@code /api/**} only, signed in per request by API key, no session, no CSRF token
 * (nothing here reads a cookie), and every endpoint for partner keys only. The portal's chain handles all else.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    ApiRateLimitPolicy apiRateLimitPolicy(@Value("${allyway.api.requests-per-minute:120}") int perMinute) {
        return new ApiRateLimitPolicy(perMinute);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeyService keys, ApiRateLimitPolicy rateLimit,
            Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, rateLimit, clock), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PARTNER"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> ApiKeyAuthenticationFilter.write(
                                response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                "Send your API key as \"Authorization: Bearer <key>\"."))
                        .accessDeniedHandler((request, response, denied) -> ApiKeyAuthenticationFilter.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "This key may not do that.")));
        return http.build();
    }
}
