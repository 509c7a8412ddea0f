package com.allyway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.MutableClock;
import com.allyway.testing.SignedIn;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class InvitationServiceIT {

    @Autowired
    InvitationService invitations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyTheHashOfTheTokenIsStoredAndTheLinkCarriesTheToken() {
        Organization organization = fixtures.partnerOrganization();
        String email = Fixtures.uniqueEmail("Invitee");

        IssuedInvitation issued = fixtures.invitePartner(organization, email.toUpperCase());

        assertThat(issued.email()).isEqualTo(email.toLowerCase());
        assertThat(issued.link()).endsWith("/invitation/" + issued.token());
        Invitation stored = storedInvitationFor(issued.email());
        assertThat(stored.getExpiresAt()).isEqualTo(stored.getCreatedAt().plus(Duration.ofDays(7)));
        assertThat(mongo.findOne(Query.query(Criteria.where("email").is(issued.email())),
                org.bson.Document.class, Invitation.COLLECTION).toJson())
                .contains(InvitationToken.hash(issued.token())).doesNotContain(issued.token());
    }

    @Test
    void acceptingCreatesAPartnerAccountInTheOrganizationWithAHashedPassword() {
        Organization organization = fixtures.partnerOrganization();
        IssuedInvitation issued = fixtures.invitePartner(organization, Fixtures.uniqueEmail("maya"));

        AllywayUser user = invitations.accept(issued.token(), "Maya Lindqvist", "river stones at dawn");

        assertThat(user.roles()).containsExactly(Role.PARTNER);
        assertThat(user.organizationId()).isEqualTo(organization.getId());
        assertThat(user.getPassword()).as("no hash in the principal").isNull();
        UserAccount account = mongo.findById(user.id(), UserAccount.class);
        assertThat(account.getDisplayName()).isEqualTo("Maya Lindqvist");
        String hash = mongo.findById(user.id(), org.bson.Document.class, UserAccount.COLLECTION)
                .getString("passwordHash");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("river stones");
        assertThat(passwordEncoder.matches("river stones at dawn", hash)).isTrue();
        assertThat(storedInvitationFor(issued.email()).getUsedAt()).isNotNull();
    }

    @Test
    void aUsedLinkCannotBeUsedAgain() {
        IssuedInvitation issued = fixtures.invitePartner(fixtures.partnerOrganization(), Fixtures.uniqueEmail("once"));
        invitations.accept(issued.token(), "First", "river stones at dawn");

        assertThatThrownBy(() -> invitations.accept(issued.token(), "Second", "another long secret"))
                .isInstanceOf(InvitationUnusableException.class)
                .extracting(e -> ((InvitationUnusableException) e).reason())
                .isEqualTo(InvitationUnusableException.Reason.USED);
        assertThatThrownBy(() -> invitations.preview(issued.token()))
                .hasMessageStartingWith("This invitation link has already been used.");
    }

    @Test
    void aLinkStopsWorkingAfterSevenDays() {
        IssuedInvitation issued = fixtures.invitePartner(fixtures.partnerOrganization(), Fixtures.uniqueEmail("late"));

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(invitations.preview(issued.token()).email()).isEqualTo(issued.email());
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> invitations.accept(issued.token(), "Late", "river stones at dawn"))
                .isInstanceOf(InvitationUnusableException.class).hasMessageStartingWith("This invitation link has expired.");
    }

    @Test
    void anUnknownTokenIsRefusedWithoutSayingMore() {
        assertThatThrownBy(() -> invitations.preview("not-a-real-token"))
                .isInstanceOf(InvitationUnusableException.class)
                .hasMessageStartingWith("This invitation link is not valid.");
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        IssuedInvitation issued = fixtures.invitePartner(fixtures.partnerOrganization(), Fixtures.uniqueEmail("weak"));

        assertThatThrownBy(() -> invitations.accept(issued.token(), "Weak", "password1234"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("attackers try first")
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo("password");
        assertThatThrownBy(() -> invitations.accept(issued.token(), "Weak", "short"))
                .hasMessage("Use at least 12 characters.");

        assertThat(storedInvitationFor(issued.email()).getUsedAt()).isNull();
        assertThat(invitations.accept(issued.token(), "Strong", "river stones at dawn").email())
                .isEqualTo(issued.email());
    }

    @Test
    void nobodyIsInvitedTwiceOnceTheyHaveAnAccount() {
        AllywayUser existing = fixtures.internalUser(Role.STAFF);

        assertThatThrownBy(() -> fixtures.inviteInternal(existing.email().toUpperCase(), EnumSet.of(Role.FINANCE)))
                .isInstanceOf(RejectedInputException.class).hasMessage(existing.email() + " already has an account.");
    }

    @Test
    void twoOpenInvitationsForOnePersonCreateOneAccount() {
        Organization organization = fixtures.partnerOrganization();
        String email = Fixtures.uniqueEmail("twice");
        IssuedInvitation first = fixtures.invitePartner(organization, email);
        IssuedInvitation second = fixtures.invitePartner(organization, email);
        invitations.accept(first.token(), "Twice", "river stones at dawn");

        assertThatThrownBy(() -> invitations.accept(second.token(), "Twice", "river stones at dawn"))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("already exists. Sign in instead.");
        assertThat(mongo.count(Query.query(Criteria.where("email").is(email)), UserAccount.class)).isEqualTo(1);
    }

    @Test
    void badInvitationInputIsRefusedNamingTheField() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        Organization organization = fixtures.partnerOrganization();

        assertThatThrownBy(() -> SignedIn.as(staff,
                () -> invitations.invitePartnerUser(organization.getId(), "not an address", "Someone")))
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> SignedIn.as(staff,
                () -> invitations.invitePartnerUser(organization.getId(), Fixtures.uniqueEmail("n"), " ")))
                .hasMessage("Enter the person's name.");
        assertThatThrownBy(() -> SignedIn.as(staff,
                () -> invitations.invitePartnerUser("no-such-organization", Fixtures.uniqueEmail("n"), "Someone")))
                .hasMessage("Choose the organization this person belongs to.");
    }

    @Test
    void staffInvitePartnersButOnlyAdminsInviteColleaguesAndPartnersInviteNobody() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        AllywayUser admin = fixtures.internalUser(Role.ADMIN);
        Organization organization = fixtures.partnerOrganization();
        AllywayUser partner = fixtures.partnerUser(organization);

        assertThat(SignedIn.as(staff, () -> invitations.invitePartnerUser(organization.getId(),
                Fixtures.uniqueEmail("ok"), "Okay"))).isNotNull();
        assertThatThrownBy(() -> SignedIn.as(staff, () -> invitations.inviteInternalUser(Fixtures.uniqueEmail("no"),
                "No", EnumSet.of(Role.STAFF)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(partner, () -> invitations.invitePartnerUser(organization.getId(),
                Fixtures.uniqueEmail("no"), "No"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(admin, () -> invitations.inviteInternalUser(Fixtures.uniqueEmail("no"),
                "No", EnumSet.of(Role.PARTNER)))).isInstanceOf(RejectedInputException.class)
                .hasMessage("Partner users are invited from their organization's page.");
    }

    @Test
    void issuingAndUsingAnInvitationAreAudited() {
        IssuedInvitation issued = fixtures.invitePartner(fixtures.partnerOrganization(), Fixtures.uniqueEmail("aud"));
        invitations.accept(issued.token(), "Audited", "river stones at dawn");

        assertThat(mongo.find(Query.query(Criteria.where("subject").is(issued.email())), AuditEntry.class))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.INVITATION_ISSUED, "system"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.INVITATION_USED, issued.email()));
    }

    private Invitation storedInvitationFor(String email) {
        return mongo.findOne(Query.query(Criteria.where("email").is(email)), Invitation.class);
    }
}
