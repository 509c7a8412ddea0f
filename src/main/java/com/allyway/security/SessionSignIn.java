package com.allyway.security;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside the UI, without the login form: used right after they accepted an invitation and
 * chose their password, so they need not type it again.
 */
@Component
public class SessionSignIn {

    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final AuditLog auditLog;

    SessionSignIn(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void signIn(AllywayUser user, String reason) {
        AllywayUser principal = user.withoutPassword();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null) {
            // A fresh session id, as the login form would get: no session fixation through the invitation page.
            VaadinService.reinitializeSession(request);
        }
        SecurityContextHolder.setContext(context);
        if (request != null && response != null) {
            contextRepository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        auditLog.recordAs(principal.email(), AuditAction.SIGN_IN_SUCCEEDED, principal.email(), reason);
    }
}
