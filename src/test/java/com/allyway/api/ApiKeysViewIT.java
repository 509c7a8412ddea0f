package com.allyway.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.api.ui.ApiKeysView;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysViewIT extends KaribuTest {

    @Test
    void anAllywayAdminRevokesAPartnersKeyOnTheRelationshipPage() {
        Organization northwind = fixtures.partnerOrganization();
        AllywayUser orgAdmin = fixtures.organizationAdmin(northwind);
        ApiKeyService keys = context.getBean(ApiKeyService.class);
        IssuedApiKey issued = SignedIn.as(orgAdmin, () -> keys.create("Forgotten system"));
        signInAs(fixtures.internalUser(Role.ADMIN));
        navigate("relationship/" + northwind.getId());

        @SuppressWarnings("unchecked")
        Grid<ApiKey> grid = _get(VerticalLayout.class, spec -> spec.withId("api-keys")).getChildren()
                .filter(Grid.class::isInstance).map(Grid.class::cast).findFirst().orElseThrow();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));

        assertThat(keys.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void anOrganizationAdminCreatesAKeySeesItsSecretOnceAndRevokesIt() {
        AllywayUser admin = fixtures.organizationAdmin(fixtures.partnerOrganization());
        signInAs(admin);
        navigate("api-keys");
        ApiKeysView view = _get(ApiKeysView.class);

        _setValue(view.name, "CRM sync");
        _click(view.create);

        String secret = _get(Div.class, spec -> spec.withId("api-key-secret")).getText();
        assertThat(secret).startsWith("aw_");
        ApiKeyService keys = context.getBean(ApiKeyService.class);
        assertThat(keys.authenticate(secret)).map(AllywayUser::organizationId)
                .isEqualTo(Optional.of(admin.organizationId()));
        assertThat(GridKt._size(view.keys)).isEqualTo(1);
        assertThat(GridKt._get(view.keys, 0).getVisiblePrefix()).isEqualTo(secret.substring(0, 10));

        _click((Button) GridKt._getCellComponent(view.keys, 0, "revoke"));

        assertThat(keys.authenticate(secret)).isEmpty();
        assertThat(SignedIn.as(admin, keys::list).getFirst().isRevoked()).isTrue();
        assertThat(GridKt._getCellComponent(view.keys, 0, "revoke")).as("nothing left to revoke")
                .isNotInstanceOf(Button.class);
    }
}
