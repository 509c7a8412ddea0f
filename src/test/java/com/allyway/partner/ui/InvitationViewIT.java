package com.allyway.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.IssuedInvitation;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class InvitationViewIT extends KaribuTest {

    @Test
    void theInviteeChoosesAPasswordAndIsSignedInAsAPartnerOfTheirOrganization() {
        Organization organization = fixtures.partnerOrganization();
        IssuedInvitation invitation = fixtures.invitePartner(organization, Fixtures.uniqueEmail("newcomer"));

        navigate("invitation/" + invitation.token());
        InvitationView view = _get(InvitationView.class);
        assertThat(view.displayName.getValue()).isEqualTo("Pat Partner");
        assertParagraphContaining("a member of " + organization.getName());
        view.displayName.setValue("Pat Newcomer");
        view.password.setValue("river stones at dawn");
        view.repeat.setValue("river stones at dawn");
        ButtonKt._click(view.accept);

        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication).isNotNull();
        AllywayUser signedIn = (AllywayUser) authentication.getPrincipal();
        assertThat(signedIn.email()).isEqualTo(invitation.email());
        assertThat(signedIn.displayName()).isEqualTo("Pat Newcomer");
        assertThat(signedIn.roles()).containsExactly(Role.PARTNER);
        assertThat(signedIn.organizationId()).isEqualTo(organization.getId());
    }

    @Test
    void aColleagueInvitationNamesTheRoles() {
        IssuedInvitation invitation = fixtures.inviteInternal(Fixtures.uniqueEmail("colleague"),
                EnumSet.of(Role.FINANCE, Role.FOUNDER));

        navigate("invitation/" + invitation.token());

        assertParagraphContaining("You were invited as Finance and Founder.");
    }

    @Test
    void aUsedLinkShowsWhyItCannotBeUsedAndNoForm() {
        IssuedInvitation invitation = fixtures.invitePartner(fixtures.partnerOrganization(),
                Fixtures.uniqueEmail("reuse"));
        fixtures.acceptInvitation(invitation);

        navigate("invitation/" + invitation.token());

        _assertOne(H2.class, spec -> spec.withText("This link cannot be used"));
        assertParagraphContaining("already been used");
        assertThat(_get(InvitationView.class).accept.isAttached()).isFalse();
    }

    @Test
    void anExpiredLinkSaysSo() {
        IssuedInvitation invitation = fixtures.invitePartner(fixtures.partnerOrganization(),
                Fixtures.uniqueEmail("expired"));
        clock.advance(Duration.ofDays(8));

        navigate("invitation/" + invitation.token());

        assertParagraphContaining("has expired");
    }

    @Test
    void aWeakPasswordIsShownAtTheFieldAndNobodyIsSignedIn() {
        InvitationView view = openFreshInvitation();

        submit(view, "password1234", "password1234");

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("attackers try first");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        _assertNone(H2.class, spec -> spec.withText("This link cannot be used"));
    }

    @Test
    void twoDifferentPasswordsAreCaughtBeforeAnythingIsSent() {
        InvitationView view = openFreshInvitation();

        submit(view, "river stones at dawn", "river stones at dusk");

        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private InvitationView openFreshInvitation() {
        IssuedInvitation invitation = fixtures.invitePartner(fixtures.partnerOrganization(),
                Fixtures.uniqueEmail("invitee"));
        navigate("invitation/" + invitation.token());
        return _get(InvitationView.class);
    }

    private static void submit(InvitationView view, String password, String repeated) {
        view.password.setValue(password);
        view.repeat.setValue(repeated);
        ButtonKt._click(view.accept);
    }

    private static void assertParagraphContaining(String text) {
        _assertOne(Paragraph.class, spec -> spec.withPredicate(paragraph -> paragraph.getText().contains(text)));
    }
}
