package com.allyway.partner;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The people who can sign in: listing them and switching their access off and on. */
@Service
public class UserAccountService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> list(String text, Pageable page) {
        String filter = text == null ? "" : text.strip();
        return users.findByEmailContainingOrDisplayNameContainingIgnoreCase(EmailAddresses.normalize(filter), filter,
                page).stream().map(UserAccount::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        String filter = text == null ? "" : text.strip();
        return users.countByEmailContainingOrDisplayNameContainingIgnoreCase(EmailAddresses.normalize(filter),
                filter);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AccountSummary> findByEmail(String email) {
        return users.findByEmail(EmailAddresses.normalize(email)).map(UserAccount::summary);
    }

    /** Whether anybody can sign in yet: an empty database gets demo data or the first admin's invitation. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    /** The people of one organization; a partner user may only ask about its own. */
    @PreAuthorize("isAuthenticated()")
    public List<AccountSummary> members(String organizationId) {
        if (organizationId == null) {
            // Internal users have no organization; "members of none" must not list them.
            return List.of();
        }
        currentUser.requireAccessToOrganization(organizationId);
        return users.findByOrganizationId(organizationId, Sort.by("displayName")).stream()
                .map(UserAccount::summary).toList();
    }

    /** The active people holding an internal role, e.g. the founders to tell about an agreement to approve. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> withRole(Role role) {
        if (!role.isInternal()) {
            throw new IllegalArgumentException("Partners are found by their organization, not by role: " + role);
        }
        return users.findByRolesContainingAndActiveTrue(role, Sort.by("displayName")).stream()
                .map(UserAccount::summary).toList();
    }

    /** An active account by id, whoever it is: e.g. the owner of an introduction to email. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AccountSummary> findActive(String userId) {
        return (userId == null ? Optional.<UserAccount>empty() : users.findById(userId))
                .filter(UserAccount::isActive).map(UserAccount::summary);
    }

    /** The active staff members, by name: who can own a relationship or an introduction. */
    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public List<AccountSummary> staff() {
        return users.findByRolesContainingAndActiveTrue(Role.STAFF, Sort.by("displayName")).stream()
                .map(UserAccount::summary).toList();
    }

    /** An active staff member by id, e.g. to check an owner chosen in a form. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Optional<AccountSummary> findStaffMember(String userId) {
        return (userId == null ? Optional.<UserAccount>empty() : users.findById(userId))
                .filter(account -> account.isActive() && account.getRoles().contains(Role.STAFF))
                .map(UserAccount::summary);
    }

    /**
     * Switches an account off. The person cannot sign in any more, and an open session ends on its next request
     * (see the security package's deactivated-account check).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary deactivate(String userId) {
        UserAccount account = existing(userId);
        if (account.getId().equals(currentUser.require().id())) {
            throw new RejectedInputException("user", "You cannot deactivate your own account.");
        }
        if (!account.isActive()) {
            return account.summary();
        }
        account.deactivate(clock.instant(), currentUser.require().email());
        UserAccount saved = users.save(account);
        auditLog.record(AuditAction.USER_DEACTIVATED, saved.getEmail(), null);
        return saved.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary reactivate(String userId) {
        UserAccount account = existing(userId);
        if (account.isActive()) {
            return account.summary();
        }
        account.reactivate();
        UserAccount saved = users.save(account);
        auditLog.record(AuditAction.USER_REACTIVATED, saved.getEmail(), null);
        return saved.summary();
    }

    private UserAccount existing(String userId) {
        return users.findById(userId)
                .orElseThrow(() -> new RejectedInputException("user", "This account no longer exists."));
    }
}
