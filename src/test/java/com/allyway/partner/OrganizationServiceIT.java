package com.allyway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class OrganizationServiceIT {

    @Autowired
    OrganizationService organizations;
    @Autowired
    Fixtures fixtures;

    @Test
    void staffCreateAnOrganizationThatIsThenFoundByName() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        String name = Fixtures.unique("Heron Partners");

        Organization created = SignedIn.as(staff,
                () -> organizations.create("  " + name + " ", ""));

        assertThat(created.getName()).isEqualTo(name);
        assertThat(created.getWebsite()).isNull();
        assertThat(created.getCreatedBy()).isEqualTo(staff.email());
        assertThat(SignedIn.as(staff, () -> organizations.list(name.toUpperCase(), PageRequest.of(0, 10))))
                .extracting(Organization::getId).containsExactly(created.getId());
        assertThat(SignedIn.as(staff, () -> organizations.count(name))).isEqualTo(1);
    }

    @Test
    void aSecondOrganizationWithTheSameNameInAnotherCaseIsRefused() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        String name = Fixtures.unique("Osprey");
        SignedIn.run(staff, () -> organizations.create(name, null));

        assertThatThrownBy(() -> SignedIn.run(staff,
                () -> organizations.create(name.toUpperCase(), null)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("An organization named \"" + name.toUpperCase() + "\" already exists.");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        long before = SignedIn.as(staff, () -> organizations.count(""));

        assertThatThrownBy(() -> SignedIn.run(staff, () -> organizations.create(" ", null)))
                .isInstanceOf(RejectedInputException.class).hasMessage("Enter the organization's name.")
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> SignedIn.run(staff,
                () -> organizations.create("x".repeat(121), null)))
                .hasMessage("The name has 121 characters; at most 120 fit.");

        assertThat(SignedIn.as(staff, () -> organizations.count(""))).isEqualTo(before);
    }

    @Test
    void aPartnerSeesItsOwnOrganizationButNoOtherAndCannotListOrCreate() {
        Organization own = fixtures.partnerOrganization();
        Organization other = fixtures.partnerOrganization();
        AllywayUser partner = fixtures.partnerUser(own);

        assertThat(SignedIn.as(partner, () -> organizations.find(own.getId()))).isPresent();
        assertThatThrownBy(() -> SignedIn.as(partner, () -> organizations.find(other.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(partner, () -> organizations.list("", PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(partner,
                () -> organizations.create("Sneaky", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void financeMayReadButNotCreate() {
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);

        assertThat(SignedIn.as(finance, () -> organizations.list("", PageRequest.of(0, 5)))).isNotEmpty();
        assertThatThrownBy(() -> SignedIn.as(finance,
                () -> organizations.create(Fixtures.unique("Nope"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> organizations.list("", PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
