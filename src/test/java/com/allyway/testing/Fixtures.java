package com.allyway.testing;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementDraft;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.CommissionPlan;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.partner.InvitationService;
import com.allyway.partner.IssuedInvitation;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipProfile;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipStage;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.security.SystemAuthentication;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * Builds test data through the real services (as the system actor), so fixtures obey the same rules as real data.
 * Every name is unique per call: tests share one database and must not trip over each other.
 */
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApplicationContext context;

    Fixtures(ApplicationContext context) {
        this.context = context;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static String uniqueEmail(String localPart) {
        return unique(localPart) + "@test.example";
    }

    /** A new relationship of {@code type}, as its organization. */
    public Organization organization(String name, RelationshipType type) {
        return SystemAuthentication.callAsSystem(() -> {
            String id = relationships().create(unique(name), type, "https://" + unique("site") + ".example").getId();
            return organizations().find(id).orElseThrow();
        });
    }

    public Organization partnerOrganization() {
        return organization("Partner Org", RelationshipType.REFERRAL_PARTNER);
    }

    public IssuedInvitation invitePartner(Organization organization, String email) {
        return SystemAuthentication.callAsSystem(
                () -> invitations().invitePartnerUser(organization.getId(), email, "Pat Partner"));
    }

    public IssuedInvitation inviteInternal(String email, Set<Role> roles) {
        return SystemAuthentication.callAsSystem(
                () -> invitations().inviteInternalUser(email, "Ina Internal", roles));
    }

    public AllywayUser acceptInvitation(IssuedInvitation invitation) {
        return invitations().accept(invitation.token(), "Pat Partner", PASSWORD);
    }

    /** A partner user of {@code organization} who can sign in with {@link #PASSWORD}. */
    public AllywayUser partnerUser(Organization organization) {
        return acceptInvitation(invitePartner(organization, uniqueEmail("partner")));
    }

    /** A partner user of {@code organization} who also manages its API keys. */
    public AllywayUser organizationAdmin(Organization organization) {
        return acceptInvitation(SystemAuthentication.callAsSystem(() -> invitations().invitePartnerUser(
                organization.getId(), uniqueEmail("orgadmin"), "Olga Admin", true)));
    }

    /** A partner user with a name of its own, for tests that check whose name another side may see. */
    public AllywayUser partnerUser(Organization organization, String displayName) {
        return invitations().accept(invitePartner(organization, uniqueEmail("partner")).token(), displayName,
                PASSWORD);
    }

    /** An internal user holding {@code roles} who can sign in with {@link #PASSWORD}. */
    public AllywayUser internalUser(Role first, Role... more) {
        IssuedInvitation invitation = inviteInternal(uniqueEmail(first.name().toLowerCase()), EnumSet.of(first, more));
        return invitations().accept(invitation.token(), "Ina Internal", PASSWORD);
    }

    /**
     * A relationship the formalization advice marks FORMALIZE, because staff noted that fees are already paid
     * informally.
     */
    public Organization relationshipToFormalize(String name) {
        Organization organization = organization(name, RelationshipType.ALLY);
        SystemAuthentication.runAsSystem(() -> {
            Relationship relationship = relationships().find(organization.getId()).orElseThrow();
            relationships().update(relationship.getId(), relationship.getVersion(), new RelationshipProfile(
                    RelationshipType.ALLY, RelationshipStage.ALLY, Set.of(), null, List.of(), List.of(), null,
                    "10 % of first-year revenue, paid by bank transfer on their invoice"));
        });
        return organization;
    }

    /** A draft's content: the standard template, 12.5 % of revenue from {@code startsOn}, signed by Zoë. */
    public AgreementDraft agreementDraft(LocalDate startsOn) {
        String templateId = SystemAuthentication.callAsSystem(() -> context.getBean(AgreementTemplateService.class)
                .latestVersions().stream().filter(template -> template.key().equals("standard-referral")).findFirst()
                .orElseThrow().id());
        Currency eur = Currency.getInstance("EUR");
        return new AgreementDraft(templateId, new CommissionPlan(1, CommissionPlan.Type.PERCENTAGE_OF_REVENUE,
                new BigDecimal("12.5"), null, List.of(), 12, new Money(new BigDecimal("5000"), eur), 30, 90,
                new Money(new BigDecimal("100"), eur), eur, startsOn, null), "Zoë Müller-Łukasz", "Managing Director");
    }

    /** A new introduction of {@code organization}'s relationship, logged by staff, with a unique prospect. */
    public String introduction(Organization organization, LocalDate introducedOn) {
        String prospect = unique("Prospect");
        return SystemAuthentication.callAsSystem(() -> context.getBean(IntroductionService.class).log(
                organization.getId(), new IntroductionDetails(prospect, "https://"
                        + prospect.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".com", "Dana Buyer", null, null,
                        null, null, introducedOn)).id());
    }

    /**
     * A won introduction of {@code organization}'s relationship, logged and worked by staff through the real
     * pipeline; a unique prospect so it never conflicts with another test's.
     */
    public String wonIntroduction(Organization organization, LocalDate wonOn) {
        IntroductionService introductions = context.getBean(IntroductionService.class);
        String id = introduction(organization, wonOn.minusDays(30));
        return SystemAuthentication.callAsSystem(() -> {
            for (IntroductionStatus next : List.of(IntroductionStatus.ACCEPTED, IntroductionStatus.MEETING_HELD,
                    IntroductionStatus.OPPORTUNITY)) {
                introductions.changeStatus(id, introductions.find(id).orElseThrow().getVersion(),
                        new StatusChangePolicy.Request(next, null, null, null));
            }
            introductions.changeStatus(id, introductions.find(id).orElseThrow().getVersion(),
                    new StatusChangePolicy.Request(IntroductionStatus.WON, null, Money.of(new BigDecimal("10000"),
                            "EUR"), wonOn));
            return id;
        });
    }

    /**
     * An agreement drafted by staff, approved by a founder and accepted by a partner user of
     * {@code organization}: the standard plan (12.5 % of revenue, 12 months, EUR 5000 cap, 30 days hold, 90 days
     * clawback, EUR 100 minimum payout) from {@code startsOn}.
     */
    public String acceptedAgreement(Organization organization, LocalDate startsOn) {
        AgreementService agreements = context.getBean(AgreementService.class);
        AllywayUser staff = internalUser(Role.STAFF);
        AllywayUser founder = internalUser(Role.FOUNDER);
        AllywayUser partner = partnerUser(organization);
        Agreement submitted = SignedIn.as(staff, () -> {
            Agreement draft = agreements.startDraft(organization.getId(), agreementDraft(startsOn),
                    "Fixture: a referral partner with an agreement.");
            return agreements.submit(draft.getId(), draft.getVersion());
        });
        Agreement approved = SignedIn.as(founder, () -> agreements.approve(submitted.getId(),
                submitted.getVersion()));
        return SignedIn.as(partner, () -> agreements.accept(approved.getId(), approved.getVersion(), "192.0.2.1"))
                .getId();
    }

    private RelationshipService relationships() {
        return context.getBean(RelationshipService.class);
    }

    private OrganizationService organizations() {
        return context.getBean(OrganizationService.class);
    }

    private InvitationService invitations() {
        return context.getBean(InvitationService.class);
    }
}
