package com.allyway.security;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.shared.EmailAddresses;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username-and-password sign-in with a lockout in front and an audit record behind. Every refusal looks the same
 * to the person signing in ("wrong username or password") except the lockout, which says so.
 */
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    SignInAuthenticationProvider(UserDetailsService accounts, UserDetailsPasswordService passwordUpgrades,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditLog auditLog) {
        this.passwordCheck = new DaoAuthenticationProvider(accounts);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.passwordCheck.setUserDetailsPasswordService(passwordUpgrades);
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = signInName(attempt);
        SignInThrottle.CountedAttempt counted = throttle.count(name);
        if (!throttle.admits(counted)) {
            auditLog.recordAs(name, AuditAction.SIGN_IN_REFUSED_LOCKED, name, null);
            throw new SignInLockedException();
        }
        Authentication verified;
        try {
            verified = passwordCheck.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, attempt.getCredentials()));
        } catch (BadCredentialsException | AccountStatusException refused) {
            auditLog.recordAs(name, AuditAction.SIGN_IN_FAILED, name,
                    refused instanceof AccountStatusException ? "account deactivated" : "wrong username or password");
            if (throttle.failed(counted)) {
                auditLog.recordAs(name, AuditAction.ACCOUNT_LOCKED, name, "for " + throttle.lockoutDuration());
                throw new SignInLockedException();
            }
            throw new BadCredentialsException("Wrong username or password");
        }
        throttle.succeeded(counted);
        auditLog.recordAs(name, AuditAction.SIGN_IN_SUCCEEDED, name, null);
        AllywayUser user = ((AllywayUser) verified.getPrincipal()).withoutPassword();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** The name as typed, normalized, and cut to the longest possible address so junk cannot bloat the audit. */
    private static String signInName(Authentication attempt) {
        String name = EmailAddresses.normalize(attempt.getName());
        return name.length() <= EmailAddresses.MAX_LENGTH ? name : name.substring(0, EmailAddresses.MAX_LENGTH);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
