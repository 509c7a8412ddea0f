package com.allyway.webhook;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.security.AllywayUser;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.allyway.webhook.ui.WebhooksView;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

class WebhooksViewIT extends KaribuTest {

    @Test
    void anOrganizationAdminSavesTheAddressSeesTheSecretOnceAndAWrongAddressIsNamed() {
        AllywayUser admin = fixtures.organizationAdmin(fixtures.partnerOrganization());
        signInAs(admin);
        navigate("webhooks");
        WebhooksView view = _get(WebhooksView.class);
        assertThat(view.remove.isVisible()).as("nothing to stop yet").isFalse();

        _setValue(view.url, "http://crm.example.com/allyway");
        _click(view.save);
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("Use https");

        _setValue(view.url, "https://crm.example.com/allyway");
        _click(view.save);

        String secret = _get(Div.class, spec -> spec.withId("webhook-secret")).getText();
        assertThat(secret).startsWith("whsec_");
        WebhookService webhooks = context.getBean(WebhookService.class);
        Webhook saved = SignedIn.as(admin, webhooks::current).orElseThrow();
        assertThat(saved.getUrl()).isEqualTo("https://crm.example.com/allyway");
        assertThat(saved.getSecret()).isEqualTo(secret);
        assertThat(view.remove.isVisible()).isTrue();

        _click(view.remove);
        assertThat(SignedIn.as(admin, webhooks::current)).isEmpty();
    }
}
