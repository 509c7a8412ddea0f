package com.allyway.relationship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.ui.IntroductionDetailView;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.Organization;
import com.allyway.partner.ui.InvitationLinkDialog;
import com.allyway.partner.ui.InvitePersonDialog;
import com.allyway.relationship.ContextFlag;
import com.allyway.relationship.FormalizationAdvice;
import com.allyway.relationship.RelationshipFilter;
import com.allyway.relationship.RelationshipProfile;
import com.allyway.relationship.RelationshipRow;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipStage;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.allyway.ui.error.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

class RelationshipViewsIT extends KaribuTest {

    @Test
    void staffAddAnAllyAndLandOnItsPage() {
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(RelationshipDirectoryView.class);
        String name = Fixtures.unique("Wren Studio");

        NewRelationshipDialog dialog = openNewRelationshipDialog();
        assertThat(dialog.type.getValue()).as("ally is the default").isEqualTo(RelationshipType.ALLY);
        dialog.name.setValue(name);
        ButtonKt._click(dialog.create);

        RelationshipView page = _get(RelationshipView.class);
        assertThat(page.getPageTitle()).isEqualTo(name + " · Allyway");
        assertThat(page.form.stage.getValue()).isEqualTo(RelationshipStage.ALLY);
    }

    @Test
    void staffCreateAnAllyAndLogItsFirstIntroductionInOneDialog() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        signInAs(staff);
        UI.getCurrent().navigate(RelationshipDirectoryView.class);
        String name = Fixtures.unique("Kite Ally");
        String prospect = Fixtures.unique("Soylent");

        NewRelationshipDialog dialog = openNewRelationshipDialog();
        dialog.name.setValue(name);
        dialog.withIntroduction.setValue(true);
        assertThat(dialog.introduction.isVisible()).isTrue();
        dialog.introduction.prospectCompany.setValue(prospect);
        dialog.introduction.prospectWebsite.setValue(prospect + ".com");
        dialog.introduction.contactName.setValue("Ann Contact");
        ButtonKt._click(dialog.create);

        _assertOne(IntroductionDetailView.class);
        var ally = SignedIn.as(staff, () -> context.getBean(RelationshipService.class)
                .list(new RelationshipFilter(name, null, null, null), Pageable.ofSize(5)))
                .getFirst();
        assertThat(ally.relationship().getType()).isEqualTo(RelationshipType.ALLY);
        assertThat(SignedIn.as(staff, () -> context.getBean(IntroductionService.class).list(
                IntroductionFilter.ofRelationship(ally.relationship().getId()),
                Pageable.ofSize(5))))
                .extracting(introduction -> introduction.getProspectCompany()).containsExactly(prospect);
    }

    @Test
    void aMistakeInTheFirstIntroductionIsShownAtItsFieldAndNoAllyIsCreated() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        signInAs(staff);
        UI.getCurrent().navigate(RelationshipDirectoryView.class);
        String name = Fixtures.unique("Half Ally");

        NewRelationshipDialog dialog = openNewRelationshipDialog();
        dialog.name.setValue(name);
        dialog.withIntroduction.setValue(true);
        dialog.introduction.prospectCompany.setValue("Acme");
        dialog.introduction.contactName.setValue("Ann Contact");
        ButtonKt._click(dialog.create);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.introduction.prospectWebsite.isInvalid()).isTrue();
        assertThat(dialog.introduction.prospectWebsite.getErrorMessage()).contains("website or the contact's email");
        assertThat(SignedIn.as(staff, () -> context.getBean(RelationshipService.class)
                .count(new RelationshipFilter(name, null, null, null)))).isZero();
    }

    @Test
    void aDuplicateNameIsShownAtTheNameFieldAndTheDialogStaysOpen() {
        Organization existing = fixtures.partnerOrganization();
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(RelationshipDirectoryView.class);

        NewRelationshipDialog dialog = openNewRelationshipDialog();
        dialog.name.setValue(existing.getName().toLowerCase());
        ButtonKt._click(dialog.create);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("already exists");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void theDirectoryShowsRecentIntroductionsAndTheShareWon() {
        Organization busy = fixtures.organization("Busy Ally", RelationshipType.ALLY);
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        logFor(staff, busy);
        logFor(staff, busy);
        signInAs(staff);
        UI.getCurrent().navigate(RelationshipDirectoryView.class);
        RelationshipDirectoryView directory = _get(RelationshipDirectoryView.class);

        directory.search.setValue(busy.getName());

        assertThat(GridKt._size(directory.grid)).isEqualTo(1);
        RelationshipRow row = GridKt._get(directory.grid, 0);
        assertThat(row.activity().last30Days()).isEqualTo(2);
        assertThat(RelationshipDirectoryView.conversion(row.activity())).isEqualTo("0 %");
    }

    @Test
    void staffEditTheProfileAndAStaleSecondEditIsRefusedNamingWhoChangedIt() {
        Organization organization = fixtures.organization("Profiled", RelationshipType.ALLY);
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        AllywayUser colleague = fixtures.internalUser(Role.STAFF);
        signInAs(staff);
        UI.getCurrent().navigate(RelationshipView.class, organization.getId());
        RelationshipView page = _get(RelationshipView.class);
        // A colleague saves first, while this page is open.
        SignedIn.run(colleague, () -> {
            RelationshipService service = context.getBean(RelationshipService.class);
            var current = service.find(organization.getId()).orElseThrow();
            service.update(current.getId(), current.getVersion(), new RelationshipProfile(
                    current.getType(), RelationshipStage.JOINT_DELIVERY, null, null, null, null, "theirs"));
        });

        page.form.flags.setValue(Set.of(ContextFlag.REGULATED_INDUSTRY));
        ButtonKt._click(page.save);

        NotificationsKt.expectNotifications(colleague.displayName() + " changed this relationship at "
                + lastChangedTime(staff, organization) + ", after you opened it. Nothing was saved; reload to see"
                + " their change, then try again.");
        UI.getCurrent().navigate(RelationshipView.class, organization.getId());
        page = _get(RelationshipView.class);
        assertThat(page.form.stage.getValue()).isEqualTo(RelationshipStage.JOINT_DELIVERY);
        assertThat(page.form.flags.getValue()).isEmpty();

        page.form.contacts.name.setValue("Jane Doe");
        page.form.contacts.email.setValue("jane@profiled.example");
        ButtonKt._click(page.form.contacts.add);
        page.form.tags.setValue("fintech, nordics");
        ButtonKt._click(page.save);

        NotificationsKt.expectNotifications("Saved.");
        var stored = SignedIn.as(staff, () -> context.getBean(RelationshipService.class)
                .find(organization.getId())).orElseThrow();
        assertThat(stored.getTags()).containsExactly("fintech", "nordics");
        assertThat(stored.getContacts()).extracting(contact -> contact.email()).containsExactly("jane@profiled.example");
    }

    @Test
    void anOwnerWhoLeftStaysOwnerWhenSomethingElseIsSaved() {
        Organization organization = fixtures.organization("Owned", RelationshipType.ALLY);
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        AllywayUser leaver = fixtures.internalUser(Role.STAFF);
        RelationshipService service = context.getBean(RelationshipService.class);
        SignedIn.run(staff, () -> {
            var current = service.find(organization.getId()).orElseThrow();
            service.update(current.getId(), current.getVersion(), new RelationshipProfile(current.getType(),
                    current.getStage(), null, leaver.id(), null, null, null));
        });
        SignedIn.run(fixtures.internalUser(Role.ADMIN),
                () -> context.getBean(com.allyway.partner.UserAccountService.class).deactivate(leaver.id()));
        signInAs(staff);
        UI.getCurrent().navigate(RelationshipView.class, organization.getId());
        RelationshipView page = _get(RelationshipView.class);
        assertThat(page.form.owner.getPlaceholder()).isEqualTo(leaver.displayName() + " (no longer on staff)");

        page.form.notes.setValue("Still theirs.");
        ButtonKt._click(page.save);

        NotificationsKt.expectNotifications("Saved.");
        var stored = SignedIn.as(staff, () -> service.find(organization.getId())).orElseThrow();
        assertThat(stored.getOwnerId()).isEqualTo(leaver.id());
        assertThat(stored.getNotes()).isEqualTo("Still theirs.");
    }

    @Test
    void foundersReviewRelationshipsStrongestAdviceFirstAndSeeTheEvidenceOnThePage() {
        Organization paying = fixtures.organization("Paying Ally", RelationshipType.ALLY);
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        RelationshipService service = context.getBean(RelationshipService.class);
        SignedIn.run(staff, () -> {
            var current = service.find(paying.getId()).orElseThrow();
            service.update(current.getId(), current.getVersion(), new RelationshipProfile(current.getType(),
                    current.getStage(), null, null, null, null, null, "A thank-you fee per signed deal"));
        });
        signInAs(fixtures.internalUser(Role.FOUNDER));

        UI.getCurrent().navigate(RelationshipReviewView.class);
        var grid = _get(RelationshipReviewView.class).grid;
        var levels = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).advice().level()).toList();
        assertThat(levels).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(levels).contains(FormalizationAdvice.Level.FORMALIZE, FormalizationAdvice.Level.KEEP_AS_ALLY);

        UI.getCurrent().navigate(RelationshipView.class, paying.getId());
        AdvicePanel advice = _get(RelationshipView.class).advice;
        assertThat(advice.level.getText()).isEqualTo("Formalize");
        assertThat(advice.criteria.getElement().getTextRecursively())
                .contains("Fees already paid: Fees are paid informally: A thank-you fee per signed deal");
    }

    @Test
    void staffInviteAPersonAndSeeTheLinkOnce() {
        Organization organization = fixtures.partnerOrganization();
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(RelationshipView.class, organization.getId());

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Invite a person")));
        InvitePersonDialog dialog = _get(InvitePersonDialog.class);
        dialog.displayName.setValue("Ines Invitee");
        dialog.email.setValue(Fixtures.uniqueEmail("invitee"));
        ButtonKt._click(dialog.invite);

        InvitationLinkDialog linkDialog = _get(InvitationLinkDialog.class);
        assertThat(linkDialog.secret.getText()).matches("http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}");
    }

    @Test
    void financeSeesRelationshipsButCannotAddEditOrInvite() {
        Organization organization = fixtures.partnerOrganization();
        signInAs(fixtures.internalUser(Role.FINANCE));
        UI.getCurrent().navigate(RelationshipDirectoryView.class);

        assertThat(GridKt._size(_get(RelationshipDirectoryView.class).grid)).isPositive();
        _assertNone(Button.class, spec -> spec.withText("New relationship"));

        UI.getCurrent().navigate(RelationshipView.class, organization.getId());
        RelationshipView page = _get(RelationshipView.class);
        assertThat(page.form.stage.isReadOnly()).isTrue();
        assertThat(page.save.isAttached()).isFalse();
        _assertNone(Button.class, spec -> spec.withText("Invite a person"));
    }

    @Test
    void thePageListsThePeopleWhoSignInForTheRelationship() {
        Organization organization = fixtures.partnerOrganization();
        AllywayUser member = fixtures.partnerUser(organization);
        signInAs(fixtures.internalUser(Role.STAFF));

        UI.getCurrent().navigate(RelationshipView.class, organization.getId());

        var members = _get(RelationshipView.class).members;
        assertThat(GridKt._size(members)).isEqualTo(1);
        assertThat(GridKt._get(members, 0)).extracting(AccountSummary::email).isEqualTo(member.email());
    }

    @Test
    void aPartnerCannotOpenTheDirectoryNorAnyRelationshipPage() {
        Organization own = fixtures.partnerOrganization();
        signInAs(fixtures.partnerUser(own));

        UI.getCurrent().navigate(RelationshipDirectoryView.class);
        _assertOne(AccessDeniedView.class);
        UI.getCurrent().navigate(RelationshipView.class, own.getId());
        _assertNone(RelationshipView.class);
    }

    private static NewRelationshipDialog openNewRelationshipDialog() {
        ButtonKt._click(_get(Button.class, spec -> spec.withText("New relationship")));
        return _get(NewRelationshipDialog.class);
    }

    private void logFor(AllywayUser staff, Organization organization) {
        String company = Fixtures.unique("Prospect");
        SignedIn.run(staff, () -> context.getBean(IntroductionService.class).log(organization.getId(),
                new IntroductionDetails(company, company + ".com", "Ann Contact", null, null, null, null, null)));
    }

    private String lastChangedTime(AllywayUser staff, Organization organization) {
        var stored = SignedIn.as(staff, () -> context.getBean(RelationshipService.class).find(organization.getId()))
                .orElseThrow();
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC)
                .format(stored.getLastChangedAt());
    }
}
