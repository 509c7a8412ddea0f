package com.allyway.partner;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.CurrentUser;
import com.allyway.shared.RejectedInputException;
import java.time.Clock;
import java.util.List;
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
    public List<UserAccount> list(String text, Pageable page) {
        String filter = text == null ? "" : text.strip();
        return users.findByEmailContainingOrDisplayNameContainingIgnoreCase(filter.toLowerCase(), filter, page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        String filter = text == null ? "" : text.strip();
        return users.countByEmailContainingOrDisplayNameContainingIgnoreCase(filter.toLowerCase(), filter);
    }

    /** Whether anybody can sign in yet: an empty database gets demo data or the first admin's invitation. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    /** The people of one organization; a partner user may only ask about its own. */
    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> members(String organizationId) {
        currentUser.requireAccessToOrganization(organizationId);
        return users.findByOrganizationId(organizationId, Sort.by("displayName"));
    }

    /**
     * Switches an account off. The person cannot sign in any more, and an open session ends on its next request
     * (see the security package's deactivated-account check).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount deactivate(String userId) {
        UserAccount account = existing(userId);
        if (account.getId().equals(currentUser.require().id())) {
            throw new RejectedInputException("user", "You cannot deactivate your own account.");
        }
        if (!account.isActive()) {
            return account;
        }
        account.deactivate(clock.instant(), currentUser.require().email());
        UserAccount saved = users.save(account);
        auditLog.record(AuditAction.USER_DEACTIVATED, saved.getEmail(), null);
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount reactivate(String userId) {
        UserAccount account = existing(userId);
        if (account.isActive()) {
            return account;
        }
        account.reactivate();
        UserAccount saved = users.save(account);
        auditLog.record(AuditAction.USER_REACTIVATED, saved.getEmail(), null);
        return saved;
    }

    private UserAccount existing(String userId) {
        return users.findById(userId)
                .orElseThrow(() -> new RejectedInputException("user", "This account no longer exists."));
    }
}
