package com.allyway.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationType;
import com.allyway.partner.AccountSummary;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.ui.error.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class OrganizationViewsIT extends KaribuTest {

    @Test
    void staffAddAnAllyAndLandOnItsPage() {
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(OrganizationListView.class);
        String name = Fixtures.unique("Wren Studio");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("New organization")));
        NewOrganizationDialog dialog = _get(NewOrganizationDialog.class);
        assertThat(dialog.type.getValue()).as("ally is the default").isEqualTo(OrganizationType.ALLY);
        dialog.name.setValue(name);
        ButtonKt._click(dialog.create);

        OrganizationDetailView detail = _get(OrganizationDetailView.class);
        assertThat(detail.getPageTitle()).isEqualTo(name + " · Allyway");
    }

    @Test
    void aDuplicateNameIsShownAtTheNameFieldAndTheDialogStaysOpen() {
        Organization existing = fixtures.partnerOrganization();
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(OrganizationListView.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("New organization")));
        NewOrganizationDialog dialog = _get(NewOrganizationDialog.class);
        dialog.name.setValue(existing.getName().toLowerCase());
        ButtonKt._click(dialog.create);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("already exists");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void staffInviteAPersonAndSeeTheLinkOnce() {
        Organization organization = fixtures.partnerOrganization();
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(OrganizationDetailView.class, organization.getId());

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Invite a person")));
        InvitePersonDialog dialog = _get(InvitePersonDialog.class);
        String email = Fixtures.uniqueEmail("invitee");
        dialog.displayName.setValue("Ines Invitee");
        dialog.email.setValue(email);
        ButtonKt._click(dialog.invite);

        InvitationLinkDialog linkDialog = _get(InvitationLinkDialog.class);
        assertThat(linkDialog.link.getText()).matches("http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}");
    }

    @Test
    void financeSeesOrganizationsButCannotAddOrInvite() {
        Organization organization = fixtures.partnerOrganization();
        signInAs(fixtures.internalUser(Role.FINANCE));
        UI.getCurrent().navigate(OrganizationListView.class);

        assertThat(GridKt._size(_get(Grid.class))).isPositive();
        _assertNone(Button.class, spec -> spec.withText("New organization"));

        UI.getCurrent().navigate(OrganizationDetailView.class, organization.getId());
        _assertNone(Button.class, spec -> spec.withText("Invite a person"));
    }

    @Test
    void theDetailPageListsThePeopleWhoSignInForTheOrganization() {
        Organization organization = fixtures.partnerOrganization();
        var member = fixtures.partnerUser(organization);
        signInAs(fixtures.internalUser(Role.STAFF));

        UI.getCurrent().navigate(OrganizationDetailView.class, organization.getId());

        @SuppressWarnings("unchecked")
        Grid<AccountSummary> members = _get(Grid.class);
        assertThat(GridKt._size(members)).isEqualTo(1);
        assertThat(GridKt._get(members, 0).email()).isEqualTo(member.email());
    }

    @Test
    void aPartnerCannotOpenTheOrganizationDirectory() {
        signInAs(fixtures.partnerUser(fixtures.partnerOrganization()));

        UI.getCurrent().navigate(OrganizationListView.class);

        _assertOne(AccessDeniedView.class);
    }
}
