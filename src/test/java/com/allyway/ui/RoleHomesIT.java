package com.allyway.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.partner.ui.UserListView;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.security.ui.LoginView;
import com.allyway.testing.KaribuTest;
import com.allyway.ui.error.AccessDeniedView;
import com.allyway.ui.home.AdminHomeView;
import com.allyway.ui.home.FinanceHomeView;
import com.allyway.ui.home.FounderHomeView;
import com.allyway.ui.home.PartnerHomeView;
import com.allyway.ui.home.StaffHomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHomesIT extends KaribuTest {

    @Test
    void aPartnerLandsOnThePartnerHomeWithTheirOrganizationAndSeesOnlyTheirMenu() {
        Organization organization = fixtures.partnerOrganization();
        AllywayUser partner = fixtures.partnerUser(organization);
        signInAs(partner);

        navigate("");

        _assertOne(PartnerHomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, Pat");
        _assertOne(H3.class, spec -> spec.withText(organization.getName()));
        assertThat(menuTitles()).containsExactly("Home", "Log an introduction", "Introductions", "Disputes",
                "Agreements", "Verify a PDF", "Statements");
    }

    @Test
    void staffLandOnTheStaffHomeAndSeeStaffMenuEntries() {
        signInAs(fixtures.internalUser(Role.STAFF));

        navigate("");

        _assertOne(StaffHomeView.class);
        assertThat(menuTitles()).containsExactly("Staff home", "Relationships", "Log an introduction",
                "Introductions", "Disputes", "Agreements", "Verify a PDF", "Revenue");
    }

    @Test
    void financeLandsOnTheFinanceHome() {
        signInAs(fixtures.internalUser(Role.FINANCE));

        navigate("");

        _assertOne(FinanceHomeView.class);
        assertThat(menuTitles()).containsExactly("Finance home", "Relationships", "Introductions", "Disputes",
                "Agreements", "Verify a PDF", "Revenue", "Statements");
    }

    @Test
    void aFounderWhoIsAlsoAdminLandsOnTheFounderHomeAndSeesBothMenus() {
        signInAs(fixtures.internalUser(Role.FOUNDER, Role.ADMIN));

        navigate("");

        _assertOne(FounderHomeView.class);
        assertThat(menuTitles()).containsExactly("Founder home", "Admin home", "Relationships", "To review",
                "Introductions", "Disputes", "Agreements", "Templates", "Verify a PDF", "Statements", "Users",
                "Audit log");
    }

    @Test
    void anAdminLandsOnTheAdminHome() {
        signInAs(fixtures.internalUser(Role.ADMIN));

        navigate("");

        _assertOne(AdminHomeView.class);
        assertThat(menuTitles()).containsExactly("Admin home", "Relationships", "Templates", "Verify a PDF",
                "Users", "Audit log");
    }

    @Test
    void aPartnerOpeningAStaffPageIsToldTheyHaveNoAccess() {
        signInAs(fixtures.partnerUser(fixtures.partnerOrganization()));

        UI.getCurrent().navigate(RelationshipDirectoryView.class);

        _assertOne(AccessDeniedView.class);
        _assertNone(RelationshipDirectoryView.class);
    }

    @Test
    void staffOpeningTheUserAdministrationIsToldTheyHaveNoAccess() {
        signInAs(fixtures.internalUser(Role.STAFF));

        UI.getCurrent().navigate(UserListView.class);

        _assertOne(AccessDeniedView.class);
    }

    @Test
    void somebodyNotSignedInIsSentToTheLoginPage() {
        navigate("staff");

        _assertOne(LoginView.class);
    }

    private static List<String> menuTitles() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
