package com.allyway.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HomeViewTest {

    @Test
    void eachRoleHasItsOwnHome() {
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.PARTNER)))).isEqualTo(PartnerHomeView.class);
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.STAFF)))).isEqualTo(StaffHomeView.class);
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.FINANCE)))).isEqualTo(FinanceHomeView.class);
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.FOUNDER)))).isEqualTo(FounderHomeView.class);
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.ADMIN)))).isEqualTo(AdminHomeView.class);
    }

    @Test
    void withSeveralRolesTheMostSpecificHomeWins() {
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.FOUNDER, Role.ADMIN)))).isEqualTo(FounderHomeView.class);
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.STAFF, Role.FINANCE)))).isEqualTo(FinanceHomeView.class);
        assertThat(HomeView.homeOf(user(EnumSet.of(Role.STAFF, Role.ADMIN)))).isEqualTo(StaffHomeView.class);
    }

    @Test
    void theGreetingUsesTheFirstName() {
        assertThat(HomePage.firstName("Zoë Müller-Łukasz")).isEqualTo("Zoë");
        assertThat(HomePage.firstName("  Prince ")).isEqualTo("Prince");
    }

    private static AllywayUser user(Set<Role> roles) {
        return new AllywayUser("id", "someone@allyway.example", "Some One", roles, null, null, true);
    }
}
