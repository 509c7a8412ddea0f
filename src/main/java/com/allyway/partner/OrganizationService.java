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

/** Organizations: the allies and referral partners whose people use the portal. */
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
    public Organization create(String name, OrganizationType type, String website) {
        TextInput.required(name, "name", "Enter the organization's name.", "The name", Organization.NAME_MAX_LENGTH);
        if (type == null) {
            throw new RejectedInputException("type", "Choose whether this is an ally or a referral partner.");
        }
        TextInput.optional(website, "website", "The website address", Organization.WEBSITE_MAX_LENGTH);
        var organization = new Organization(name, type, website, clock.instant(), currentUser.require().email());
        try {
            organization = organizations.insert(organization);
        } catch (DuplicateKeyException e) {
            throw new RejectedInputException("name", "An organization named \"" + name.strip()
                    + "\" already exists.");
        }
        auditLog.record(AuditAction.ORGANIZATION_CREATED, organization.getName(), type.label());
        return organization;
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

    private static String normalizedFilter(String text) {
        return text == null ? "" : Organization.normalizeName(text);
    }
}
