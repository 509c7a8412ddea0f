package com.allyway.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.AccountSummary;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.ui.error.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;

class UserListViewIT extends KaribuTest {

    @Test
    void anAdminFindsAPersonAndDeactivatesThem() {
        AllywayUser partner = fixtures.partnerUser(fixtures.partnerOrganization());
        signInAs(fixtures.internalUser(Role.ADMIN));
        UI.getCurrent().navigate(UserListView.class);
        UserListView view = _get(UserListView.class);

        _get(TextField.class).setValue(partner.email());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        Button deactivate = (Button) GridKt._getCellComponent(view.grid, 0, "access");
        assertThat(deactivate.getText()).isEqualTo("Deactivate");
        ButtonKt._click(deactivate);

        assertThat(context.getBean(UserDetailsService.class).loadUserByUsername(partner.email()).isEnabled())
                .isFalse();
        AccountSummary shown = GridKt._get(view.grid, 0);
        assertThat(shown.active()).isFalse();
    }

    @Test
    void anAdminInvitesAColleagueWithRoles() {
        signInAs(fixtures.internalUser(Role.ADMIN));
        UI.getCurrent().navigate(UserListView.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Invite a colleague")));
        InviteColleagueDialog dialog = _get(InviteColleagueDialog.class);
        dialog.displayName.setValue("Cora Colleague");
        dialog.email.setValue(Fixtures.uniqueEmail("cora"));
        dialog.roles.setValue(EnumSet.of(Role.FINANCE));
        ButtonKt._click(dialog.invite);

        _assertOne(InvitationLinkDialog.class);
    }

    @Test
    void anInvitationWithoutRolesIsRefusedAtTheRolesField() {
        signInAs(fixtures.internalUser(Role.ADMIN));
        UI.getCurrent().navigate(UserListView.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Invite a colleague")));
        InviteColleagueDialog dialog = _get(InviteColleagueDialog.class);
        dialog.displayName.setValue("No Roles");
        dialog.email.setValue(Fixtures.uniqueEmail("noroles"));
        ButtonKt._click(dialog.invite);

        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
    }

    @Test
    void staffCannotOpenUserAdministration() {
        signInAs(fixtures.internalUser(Role.STAFF));

        UI.getCurrent().navigate(UserListView.class);

        _assertOne(AccessDeniedView.class);
    }

    @Test
    void aPartnerCannotOpenUserAdministration() {
        signInAs(fixtures.partnerUser(fixtures.partnerOrganization()));

        UI.getCurrent().navigate(UserListView.class);

        _assertOne(AccessDeniedView.class);
    }
}
