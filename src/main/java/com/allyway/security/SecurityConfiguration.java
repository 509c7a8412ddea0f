package com.allyway.security;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Vaadin's security integration plus Allyway's own rules: sign-in lockout, audit of sign-ins and sign-outs, and
 * the end of sessions of deactivated accounts. Views declare who may open them ({@code @RolesAllowed}); services
 * check again ({@code @PreAuthorize}), so a view mistake never opens data.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService accounts,
            UserDetailsPasswordService passwordUpgrades, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            AuditLog auditLog) throws Exception {
        // Only Allyway's provider: no fallback that could retry a locked-out name.
        http.authenticationManager(new ProviderManager(
                new SignInAuthenticationProvider(accounts, passwordUpgrades, passwordEncoder, throttle, auditLog)));
        http.addFilterBefore(new DeactivatedAccountFilter(accounts), AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**").permitAll());
        // Static scripts of the dashboards' charts (ECharts' WebJar and Allyway's chart element): no data in them.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/webjars/echarts/**", "/charts/**")
                .permitAll());
        // The REST API's description (the API itself has its own chain, ApiSecurityConfiguration).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        auditLog.recordAs(authentication.getName(), AuditAction.SIGNED_OUT,
                                authentication.getName(), null);
                    }
                }));
        // After Vaadin's configurer, so that its login page is already set when the form login initializes.
        http.formLogin(form -> form.failureHandler(signInFailureHandler()));
        return http.build();
    }

    /** The login view reads these query parameters to choose its message. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailureHandler() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/" + LoginView.ROUTE + "?error");
        handler.setExceptionMappings(Map.of(SignInLockedException.class.getName(), "/" + LoginView.ROUTE + "?locked"));
        return handler;
    }

    /** Delegating, so stored hashes name their algorithm and can move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
