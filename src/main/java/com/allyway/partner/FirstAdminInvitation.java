package com.allyway.partner;

import com.allyway.security.Role;
import com.allyway.security.SystemAuthentication;
import com.allyway.shared.AllywayProperties;
import com.allyway.shared.DemoMode;
import com.allyway.shared.RejectedInputException;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Solves "who is the first admin?" for a real installation: while no account exists (and demo mode is off), every
 * start issues an invitation for {@code ALLYWAY_BOOTSTRAP_ADMIN_EMAIL} with all internal roles and logs its link.
 * The previous start's link stops working, so at most one such link is ever valid. The operator opens it, chooses
 * a password, and invites everybody else from the portal.
 */
@Component
class FirstAdminInvitation {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInvitation.class);

    private final DemoMode demoMode;
    private final UserAccountRepository users;
    private final InvitationService invitations;
    private final AllywayProperties properties;

    FirstAdminInvitation(DemoMode demoMode, UserAccountRepository users, InvitationService invitations,
            AllywayProperties properties) {
        this.demoMode = demoMode;
        this.users = users;
        this.invitations = invitations;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void inviteFirstAdminIfNobodyCanSignIn() {
        if (demoMode.isEnabled() || users.count() > 0) {
            return;
        }
        String email = properties.bootstrapAdminEmail();
        IssuedInvitation invitation;
        try {
            invitation = SystemAuthentication.callAsSystem(() -> {
                invitations.withdrawOpenInvitations(email);
                return invitations.inviteInternalUser(email, "Administrator",
                        EnumSet.of(Role.ADMIN, Role.STAFF, Role.FINANCE, Role.FOUNDER));
            });
        } catch (RejectedInputException rejected) {
            throw new IllegalStateException("ALLYWAY_BOOTSTRAP_ADMIN_EMAIL \"" + email + "\" cannot be used for the"
                    + " first admin: " + rejected.getMessage(), rejected);
        }
        log.warn("No account exists yet. Open this link to create the first admin account ({}), valid until {}:\n"
                + "    {}", invitation.email(), invitation.expiresAt(), invitation.link());
    }
}
