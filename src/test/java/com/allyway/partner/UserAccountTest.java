package com.allyway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.security.Role;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aPartnerUserBelongsToExactlyOneOrganization() {
        assertThat(new UserAccount("p@x.example", "P", "{noop}x", EnumSet.of(Role.PARTNER), "org-1", NOW)
                .getOrganizationId()).isEqualTo("org-1");
        assertThatThrownBy(() -> new UserAccount("p@x.example", "P", "{noop}x", EnumSet.of(Role.PARTNER), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void internalUsersBelongToNoOrganizationAndPartnersHoldNoInternalRole() {
        assertThatThrownBy(() -> new UserAccount("s@x.example", "S", "{noop}x", EnumSet.of(Role.STAFF), "org-1", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount("s@x.example", "S", "{noop}x",
                EnumSet.of(Role.PARTNER, Role.STAFF), "org-1", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new UserAccount("f@x.example", "F", "{noop}x", EnumSet.of(Role.FOUNDER, Role.ADMIN), null, NOW)
                .getRoles()).containsExactlyInAnyOrder(Role.FOUNDER, Role.ADMIN);
    }

    @Test
    void aDeactivatedAccountCanBeReactivated() {
        UserAccount account = new UserAccount("f@x.example", "F", "{noop}x", EnumSet.of(Role.FINANCE), null, NOW);

        account.deactivate(NOW, "admin@x.example");
        assertThat(account.isActive()).isFalse();
        assertThat(account.toPrincipal().isEnabled()).isFalse();

        account.reactivate();
        assertThat(account.isActive()).isTrue();
        assertThat(account.getDeactivatedBy()).isNull();
    }
}
