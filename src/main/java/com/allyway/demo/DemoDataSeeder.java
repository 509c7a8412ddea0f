package com.allyway.demo;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.introduction.IntroductionService;
import com.allyway.partner.AccountSummary;
import com.allyway.payout.RevenueService;
import com.allyway.partner.InvitationService;
import com.allyway.partner.IssuedInvitation;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.security.SystemAuthentication;
import com.allyway.shared.DemoMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills an empty database with the demo company, through the same services and invitation flow as
 * a person would use, so the demo data obeys every rule real data does. Out of demo mode, switches off any demo
 * account left over from an earlier demo: their password is published on the login page of every demo.
 */
@Component
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoMode demoMode;
    private final OrganizationService organizations;
    private final RelationshipService relationships;
    private final InvitationService invitations;
    private final UserAccountService accounts;
    private final IntroductionService introductions;
    private final Clock clock;
    private final AgreementService agreements;
    private final AgreementTemplateService templates;
    private final RevenueService revenue;

    DemoDataSeeder(DemoMode demoMode, OrganizationService organizations, RelationshipService relationships,
            InvitationService invitations, UserAccountService accounts, IntroductionService introductions,
            AgreementService agreements, AgreementTemplateService templates, RevenueService revenue, Clock clock) {
        this.revenue = revenue;
        this.agreements = agreements;
        this.templates = templates;
        this.introductions = introductions;
        this.clock = clock;
        this.demoMode = demoMode;
        this.organizations = organizations;
        this.relationships = relationships;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        SystemAuthentication.runAsSystem(() -> {
            if (!demoMode.isEnabled()) {
                deactivateLeftoverDemoAccounts();
            } else if (!accounts.anyAccountExists() && organizations.count("") == 0) {
                seed();
            }
        });
    }

    private void seed() {
        Map<String, Relationship> byName = new HashMap<>();
        for (DemoData.DemoOrganization demo : DemoData.ORGANIZATIONS) {
            byName.put(demo.name(), relationships.create(demo.name(), demo.type(), demo.website()));
        }
        Map<String, AllywayUser> people = new HashMap<>();
        for (DemoAccount account : DemoData.ACCOUNTS) {
            IssuedInvitation invitation = account.organization() == null
                    ? invitations.inviteInternalUser(account.email(), account.displayName(), account.roles())
                    : invitations.invitePartnerUser(byName.get(account.organization()).getId(), account.email(),
                            account.displayName(), account.roles().contains(Role.ORGANIZATION_ADMIN));
            people.put(account.email(), invitations.accept(invitation.token(), account.displayName(),
                    DemoData.PASSWORD));
        }
        new DemoIntroductions(introductions, people, byName, clock).create();
        new DemoAgreements(agreements, templates, relationships, people, refreshed(byName), clock).create();
        new DemoRevenue(revenue, introductions, people.get("finance@allyway.example"), clock).create();
        log.info("Demo data created: {} relationships, {} accounts (password \"{}\"), introductions, agreements, revenue",
                DemoData.ORGANIZATIONS.size(), DemoData.ACCOUNTS.size(), DemoData.PASSWORD);
    }

    /** The relationships as stored now: introductions and agreements change them after they were created. */
    private Map<String, Relationship> refreshed(Map<String, Relationship> byName) {
        Map<String, Relationship> current = new HashMap<>();
        byName.forEach((name, relationship) -> current.put(name, relationships.find(relationship.getId()).orElseThrow()));
        return current;
    }

    private void deactivateLeftoverDemoAccounts() {
        for (DemoAccount demo : DemoData.ACCOUNTS) {
            accounts.findByEmail(demo.email()).filter(AccountSummary::active).ifPresent(account -> {
                accounts.deactivate(account.id());
                log.warn("Demo mode is off: deactivated the demo account {}, whose password is public", demo.email());
            });
        }
    }
}
