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
import com.allyway.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class UserAccountServiceIT {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdminDeactivatesAndReactivatesAnAccountAndBothAreAudited() {
        AllywayUser admin = fixtures.internalUser(Role.ADMIN);
        AllywayUser partner = fixtures.partnerUser(fixtures.partnerOrganization());

        AccountSummary deactivated = SignedIn.as(admin, () -> accounts.deactivate(partner.id()));

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.deactivatedBy()).isEqualTo(admin.email());
        assertThat(userDetails.loadUserByUsername(partner.email()).isEnabled()).isFalse();

        AccountSummary reactivated = SignedIn.as(admin, () -> accounts.reactivate(partner.id()));

        assertThat(reactivated.active()).isTrue();
        assertThat(userDetails.loadUserByUsername(partner.email()).isEnabled()).isTrue();
        assertThat(mongo.find(Query.query(Criteria.where("subject").is(partner.email())
                .and("action").in(AuditAction.USER_DEACTIVATED, AuditAction.USER_REACTIVATED)), AuditEntry.class))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.USER_DEACTIVATED, admin.email()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.USER_REACTIVATED, admin.email()));
    }

    @Test
    void theDatabaseItselfRefusesASecondAccountForOneEmailAddress() {
        String email = Fixtures.uniqueEmail("unique");
        mongo.insert(new UserAccount(email, "One", "{noop}x", java.util.Set.of(Role.STAFF), null,
                java.time.Instant.now()));

        assertThatThrownBy(() -> mongo.insert(new UserAccount(email, "Two", "{noop}y",
                java.util.Set.of(Role.STAFF), null, java.time.Instant.now())))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void askingForTheMembersOfNoOrganizationListsNobodyNotTheInternalUsers() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        fixtures.internalUser(Role.ADMIN);

        assertThat(SignedIn.as(staff, () -> accounts.members(null))).isEmpty();
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        AllywayUser admin = fixtures.internalUser(Role.ADMIN);

        assertThatThrownBy(() -> SignedIn.as(admin, () -> accounts.deactivate(admin.id())))
                .isInstanceOf(RejectedInputException.class).hasMessage("You cannot deactivate your own account.");
    }

    @Test
    void onlyAdminsListOrDeactivateAccounts() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        AllywayUser other = fixtures.internalUser(Role.FINANCE);

        assertThatThrownBy(() -> SignedIn.as(staff, () -> accounts.deactivate(other.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(staff, () -> accounts.list("", PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(userDetails.loadUserByUsername(other.email()).isEnabled()).isTrue();
    }

    @Test
    void adminsFindAccountsByNameOrEmail() {
        AllywayUser admin = fixtures.internalUser(Role.ADMIN);
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);

        assertThat(SignedIn.as(admin, () -> accounts.list(finance.email().toUpperCase(), PageRequest.of(0, 10))))
                .extracting(AccountSummary::id).containsExactly(finance.id());
        assertThat(SignedIn.as(admin, () -> accounts.count(finance.email()))).isEqualTo(1);
    }

    @Test
    void aPartnerSeesTheirOwnColleaguesButNotAnotherOrganizationsPeople() {
        Organization own = fixtures.partnerOrganization();
        Organization other = fixtures.partnerOrganization();
        AllywayUser partner = fixtures.partnerUser(own);
        AllywayUser colleague = fixtures.partnerUser(own);
        fixtures.partnerUser(other);

        assertThat(SignedIn.as(partner, () -> accounts.members(own.getId())))
                .extracting(AccountSummary::email).containsExactlyInAnyOrder(partner.email(), colleague.email());
        assertThatThrownBy(() -> SignedIn.as(partner, () -> accounts.members(other.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
