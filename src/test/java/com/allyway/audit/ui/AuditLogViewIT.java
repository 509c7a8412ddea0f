package com.allyway.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.partner.IssuedInvitation;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.ui.error.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class AuditLogViewIT extends KaribuTest {

    @Test
    void anAdminFindsTheInvitationOfOnePersonNewestFirst() {
        IssuedInvitation invitation = fixtures.invitePartner(fixtures.partnerOrganization(),
                Fixtures.uniqueEmail("audited"));
        fixtures.acceptInvitation(invitation);
        signInAs(fixtures.internalUser(Role.ADMIN));
        UI.getCurrent().navigate(AuditLogView.class);
        AuditLogView view = _get(AuditLogView.class);

        view.search.setValue(invitation.email());

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._get(view.grid, 0).action()).isEqualTo(AuditAction.INVITATION_USED);
        assertThat(GridKt._get(view.grid, 1).action()).isEqualTo(AuditAction.INVITATION_ISSUED);

        view.action.setValue(AuditAction.INVITATION_ISSUED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        AuditEntry issued = GridKt._get(view.grid, 0);
        assertThat(issued.actor()).isEqualTo("system");
    }

    @Test
    void staffCannotReadTheAuditLog() {
        signInAs(fixtures.internalUser(Role.STAFF));

        UI.getCurrent().navigate(AuditLogView.class);

        _assertOne(AccessDeniedView.class);
    }
}
