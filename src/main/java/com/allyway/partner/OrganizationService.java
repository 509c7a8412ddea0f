package com.allyway.partner;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.CurrentUser;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Organizations: the companies whose people may use the portal. They are created together with their
 * relationship (see the relationship feature), which says how the company works with them.
 */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, CurrentUser currentUser, AuditLog auditLog,
            Clock clock) {
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Organization create(String name, String website) {
        checkNew(name, website);
        var organization = new Organization(name, website, clock.instant(), currentUser.require().email());
        try {
            organization = organizations.insert(organization);
        } catch (DuplicateKeyException e) {
            throw taken(name); // between the check and the insert, somebody took the name
        }
        auditLog.record(AuditAction.ORGANIZATION_CREATED, organization.getName(), null);
        return organization;
    }

    /**
     * Refuses a name or website {@link #create} would refuse for its form, and a name already taken, without storing
     * anything; lets a caller check all of a form before it saves any of it.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void checkNew(String name, String website) {
        TextInput.required(name, "name", "Enter the organization's name.", "The name", Organization.NAME_MAX_LENGTH);
        TextInput.optional(website, "website", "The website address", Organization.WEBSITE_MAX_LENGTH);
        if (organizations.existsByNormalizedName(Organization.normalizeName(name))) {
            throw taken(name);
        }
    }

    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public List<Organization> list(String text, Pageable page) {
        return organizations.findByNormalizedNameContaining(normalizedFilter(text), page);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public long count(String text) {
        return organizations.countByNormalizedNameContaining(normalizedFilter(text));
    }

    /** An organization by id; a partner user finds only its own. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Organization> find(String id) {
        currentUser.requireAccessToOrganization(id);
        return organizations.findById(id);
    }

    private static RejectedInputException taken(String name) {
        return new RejectedInputException("name", "An organization named \"" + name.strip() + "\" already exists.");
    }

    private static String normalizedFilter(String text) {
        return text == null ? "" : Organization.normalizeName(text);
    }
}
