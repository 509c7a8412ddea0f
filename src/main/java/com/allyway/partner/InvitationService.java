package com.allyway.partner;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.partner.InvitationUnusableException.Reason;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.AllywayProperties;
import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Invitations are the only way into Allyway: staff invite people of partner organizations, admins invite
 * colleagues. The link is single use and expires; accepting it creates the account.
 */
@Service
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final MongoTemplate mongo;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AllywayProperties properties;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.standard();

    InvitationService(InvitationRepository invitations, UserAccountRepository users,
            OrganizationRepository organizations, MongoTemplate mongo, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, AuditLog auditLog, Clock clock, AllywayProperties properties) {
        this.invitations = invitations;
        this.users = users;
        this.organizations = organizations;
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.properties = properties;
    }

    /** Invites a person of a partner organization; the account will hold the PARTNER role only. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public IssuedInvitation invitePartnerUser(String organizationId, String email, String displayName) {
        return invitePartnerUser(organizationId, email, displayName, false);
    }

    /**
     * Invites a person of a partner organization; as an organization admin they also manage its API keys.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public IssuedInvitation invitePartnerUser(String organizationId, String email, String displayName,
            boolean organizationAdmin) {
        Organization organization = organizationId == null ? null : organizations.findById(organizationId)
                .orElse(null);
        if (organization == null) {
            throw new RejectedInputException("organization", "Choose the organization this person belongs to.");
        }
        return issue(email, displayName, organizationAdmin ? EnumSet.of(Role.PARTNER, Role.ORGANIZATION_ADMIN)
                : EnumSet.of(Role.PARTNER), organization);
    }

    /** Invites a colleague with internal roles (staff, finance, founder, admin). */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedInvitation inviteInternalUser(String email, String displayName, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RejectedInputException("roles", "Choose at least one role.");
        }
        if (roles.contains(Role.PARTNER) || roles.contains(Role.ORGANIZATION_ADMIN)) {
            throw new RejectedInputException("roles", "Partner users are invited from their organization's page.");
        }
        return issue(email, displayName, roles, null);
    }

    /**
     * Withdraws the open invitations for {@code email}, so that only the link issued next works. Used for the first
     * admin's invitation, which is issued again at every start until somebody uses it.
     */
    void withdrawOpenInvitations(String email) {
        mongo.remove(Query.query(Criteria.where("email").is(EmailAddresses.normalize(email)).and("usedAt").is(null)),
                Invitation.class);
    }

    /** What an invitation link is for, or why it cannot be used. The token itself is the credential here. */
    @PreAuthorize("permitAll()")
    public InvitationPreview preview(String token) {
        Invitation invitation = usable(token);
        String organizationName = invitation.getOrganizationId() == null ? null
                : organizations.findById(invitation.getOrganizationId()).map(Organization::getName).orElse(null);
        return new InvitationPreview(invitation.getEmail(), invitation.getDisplayName(), organizationName,
                invitation.getRoles(), invitation.getExpiresAt());
    }

    /**
     * Creates the account the invitation was for and uses the invitation up. Either both happen or neither:
     * without multi-document transactions, the invitation is claimed atomically first and released again if the
     * account cannot be created.
     *
     * @return the new account, ready to be signed in
     */
    @PreAuthorize("permitAll()")
    public AllywayUser accept(String token, String displayName, String password) {
        Invitation invitation = usable(token);
        String name = validDisplayName(displayName);
        passwordPolicy.problemWith(password, invitation.getEmail()).ifPresent(problem -> {
            throw new RejectedInputException("password", problem);
        });
        if (users.existsByEmail(invitation.getEmail())) {
            throw new RejectedInputException("email", "An account for " + invitation.getEmail()
                    + " already exists. Sign in instead.");
        }
        Instant now = clock.instant();
        claim(invitation, now);
        UserAccount account;
        try {
            account = users.insert(new UserAccount(invitation.getEmail(), name, passwordEncoder.encode(password),
                    invitation.getRoles(), invitation.getOrganizationId(), now));
        } catch (RuntimeException e) {
            release(invitation);
            if (e instanceof DuplicateKeyException) {
                throw new RejectedInputException("email", "An account for " + invitation.getEmail()
                        + " already exists. Sign in instead.");
            }
            throw e;
        }
        auditLog.recordAs(account.getEmail(), AuditAction.INVITATION_USED, account.getEmail(),
                "invited by " + invitation.getInvitedBy());
        return account.toPrincipal().withoutPassword();
    }

    private IssuedInvitation issue(String email, String displayName, Set<Role> roles, Organization organization) {
        if (!EmailAddresses.isPlausible(email)) {
            throw new RejectedInputException("email", "Enter an email address such as name@company.com.");
        }
        String normalizedEmail = EmailAddresses.normalize(email);
        String name = validDisplayName(displayName);
        if (users.existsByEmail(normalizedEmail)) {
            throw new RejectedInputException("email", normalizedEmail + " already has an account.");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.invitation().validity());
        String inviter = currentUser.require().email();
        InvitationToken token = InvitationToken.generate();
        invitations.insert(new Invitation(token.hash(), normalizedEmail, name, roles,
                organization == null ? null : organization.getId(), inviter, now, expiresAt));
        String link = properties.publicUrl().replaceAll("/+$", "") + "/invitation/" + token.value();
        String target = organization == null ? "roles " + roles : organization.getName();
        auditLog.record(AuditAction.INVITATION_ISSUED, normalizedEmail, target + ", expires " + expiresAt);
        // Until email delivery exists, the log is the operator's second copy of the link.
        log.info("Invitation for {} ({}) issued by {}, valid until {}: {}", normalizedEmail, target, inviter,
                expiresAt, link);
        return new IssuedInvitation(normalizedEmail, token.value(), link, expiresAt);
    }

    private Invitation usable(String token) {
        if (token == null || token.isBlank()) {
            throw new InvitationUnusableException(Reason.UNKNOWN);
        }
        Invitation invitation = invitations.findByTokenHash(InvitationToken.hash(token.strip()))
                .orElseThrow(() -> new InvitationUnusableException(Reason.UNKNOWN));
        if (invitation.isUsed()) {
            throw new InvitationUnusableException(Reason.USED);
        }
        if (invitation.isExpiredAt(clock.instant())) {
            throw new InvitationUnusableException(Reason.EXPIRED);
        }
        return invitation;
    }

    /** Marks the invitation used only if nobody else did in the meantime: single use even under a race. */
    private void claim(Invitation invitation, Instant now) {
        Query unusedAndValid = Query.query(Criteria.where("_id").is(invitation.getId()).and("usedAt").is(null)
                .and("expiresAt").gt(now));
        var result = mongo.updateFirst(unusedAndValid, new Update().set("usedAt", now).inc("version", 1),
                Invitation.class);
        if (result.getModifiedCount() == 0) {
            throw new InvitationUnusableException(Reason.USED);
        }
    }

    private void release(Invitation invitation) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(invitation.getId())),
                new Update().unset("usedAt").inc("version", 1), Invitation.class);
    }

    private static String validDisplayName(String displayName) {
        return TextInput.required(displayName, "displayName", "Enter the person's name.", "The name",
                AccountSummary.DISPLAY_NAME_MAX_LENGTH);
    }
}
