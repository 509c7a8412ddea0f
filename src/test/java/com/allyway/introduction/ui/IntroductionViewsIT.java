package com.allyway.introduction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.IntroductionViewers;
import com.allyway.introduction.LoggedIntroduction;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.partner.Organization;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.allyway.ui.error.NotFoundView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntroductionViewsIT extends KaribuTest {

    private Organization northwind;
    private AllywayUser maya;
    private AllywayUser zoe;
    private AllywayUser staff;

    @BeforeEach
    void people() {
        northwind = fixtures.partnerOrganization();
        maya = fixtures.partnerUser(northwind);
        zoe = fixtures.partnerUser(fixtures.partnerOrganization());
        staff = fixtures.internalUser(Role.STAFF);
    }

    @Test
    void aPartnerLogsAnIntroductionWithTheFourEssentialsAndLandsOnIt() {
        signInAs(maya);
        String company = Fixtures.unique("Globex");
        UI.getCurrent().navigate(LogIntroductionView.class);
        LogIntroductionView form = _get(LogIntroductionView.class);
        assertThat(form.relationship.isVisible() && form.relationship.isAttached()).isFalse();
        assertThat(form.fields.introducedBy.getValue()).isEqualTo(maya.displayName());

        form.fields.prospectCompany.setValue(company);
        form.fields.prospectWebsite.setValue("https://www." + company + ".com");
        form.fields.contactName.setValue("Hank Scorpio");
        form.fields.contactEmail.setValue("hank@" + company + ".com");
        ButtonKt._click(form.save);

        NotificationsKt.expectNotifications("Logged. Thank you for the introduction!");
        IntroductionDetailView detail = _get(IntroductionDetailView.class);
        assertThat(detail.title.getText()).isEqualTo(company);
        assertThat(detail.status.getText()).isEqualTo("New");
        assertThat(detail.statusForm.isVisible()).isFalse();
        assertThat(detail.internalNote.isVisible()).isFalse();
    }

    @Test
    void aSecondPartnerIsToldTheProspectIsKnownWithoutLearningByWhom() {
        String company = Fixtures.unique("Umbrella");
        log(maya, company);
        signInAs(zoe);
        UI.getCurrent().navigate(LogIntroductionView.class);
        LogIntroductionView form = _get(LogIntroductionView.class);

        form.fields.prospectCompany.setValue(company);
        form.fields.prospectWebsite.setValue(company + ".com");
        form.fields.contactName.setValue("Albert Wesker");
        ButtonKt._click(form.save);

        NotificationsKt.expectNotifications(
                "Logged. This prospect was already known to us; our team will sort out the attribution.");
        IntroductionDetailView detail = _get(IntroductionDetailView.class);
        assertThat(detail.attribution.getText()).isEqualTo(
                "This prospect was already known to us when it was introduced.");
        assertThat(detail.facts.getText()).doesNotContain(northwind.getName());
    }

    @Test
    void badInputIsShownAtTheFieldAndNothingIsLogged() {
        signInAs(maya);
        UI.getCurrent().navigate(LogIntroductionView.class);
        LogIntroductionView form = _get(LogIntroductionView.class);

        form.fields.prospectCompany.setValue("Acme");
        form.fields.prospectWebsite.setValue("localhost");
        form.fields.contactName.setValue("Wile E.");
        ButtonKt._click(form.save);

        assertThat(form.fields.prospectWebsite.isInvalid()).isTrue();
        assertThat(form.fields.prospectWebsite.getErrorMessage()).contains("is not a company's domain");
        _assertOne(LogIntroductionView.class);
    }

    @Test
    void staffLogForAnAllyChosenFromTheList() {
        Organization ally = fixtures.organization("Silent Ally", RelationshipType.ALLY);
        signInAs(staff);
        UI.getCurrent().navigate(LogIntroductionView.class);
        LogIntroductionView form = _get(LogIntroductionView.class);

        form.relationship.setValue(ally);
        form.fields.prospectCompany.setValue(Fixtures.unique("Initech"));
        form.fields.contactName.setValue("Bill Lumbergh");
        form.fields.contactEmail.setValue("bill@" + Fixtures.unique("initech") + ".com");
        ButtonKt._click(form.save);

        assertThat(_get(IntroductionDetailView.class).facts.getText()).contains("From " + ally.getName());
    }

    @Test
    void aPartnerListsOnlyItsOwnOrganizationsIntroductions() {
        String own = log(maya, Fixtures.unique("Own"));
        log(zoe, Fixtures.unique("Theirs"));
        signInAs(maya);

        UI.getCurrent().navigate(IntroductionListView.class);

        IntroductionListView list = _get(IntroductionListView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).getId()).isEqualTo(own);
        assertThat(list.grid.getColumnByKey("attribution")).isNull();
    }

    @Test
    void anotherOrganizationsIntroductionLooksExactlyLikeOneThatDoesNotExist() {
        String theirs = log(zoe, Fixtures.unique("Secret"));
        signInAs(maya);

        UI.getCurrent().navigate(IntroductionDetailView.class, theirs);

        _assertOne(NotFoundView.class);
    }

    @Test
    void staffAcceptAndCommentAndThePartnerSeesBothButNoInternalNote() {
        String id = log(maya, Fixtures.unique("Wayne"));
        signInAs(staff);
        UI.getCurrent().navigate(IntroductionDetailView.class, id);
        IntroductionDetailView detail = _get(IntroductionDetailView.class);

        detail.statusForm.next.setValue(IntroductionStatus.ACCEPTED);
        ButtonKt._click(detail.statusForm.apply);
        detail.message.setValue("We will call them on Monday.");
        ButtonKt._click(detail.comment);
        detail.message.setValue("Budget looks thin.");
        ButtonKt._click(detail.internalNote);
        assertThat(detail.status.getText()).isEqualTo("Accepted");

        signOut();
        signInAs(maya);
        UI.getCurrent().navigate(IntroductionDetailView.class, id);
        IntroductionDetailView partnerView = _get(IntroductionDetailView.class);
        String timeline = partnerView.timeline.getElement().getTextRecursively();
        assertThat(timeline).contains("Status: New → Accepted", "We will call them on Monday.")
                .doesNotContain("Budget looks thin.");
    }

    @Test
    void aStatusChangeOnAStaleRecordIsRefusedNamingWhoChangedIt() {
        String id = log(maya, Fixtures.unique("Tyrell"));
        signInAs(staff);
        UI.getCurrent().navigate(IntroductionDetailView.class, id);
        IntroductionDetailView detail = _get(IntroductionDetailView.class);
        AllywayUser colleague = fixtures.internalUser(Role.STAFF);
        IntroductionService service = context.getBean(IntroductionService.class);
        Introduction loaded = SignedIn.as(colleague, () -> service.find(id)).orElseThrow();
        SignedIn.run(colleague, () -> service.changeStatus(id, loaded.getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));

        detail.statusForm.next.setValue(IntroductionStatus.DECLINED);
        detail.statusForm.reason.setValue("Not our market");
        ButtonKt._click(detail.statusForm.apply);

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .startsWith(colleague.displayName() + " changed this introduction at");
        assertThat(SignedIn.as(staff, () -> service.find(id)).orElseThrow().getStatus())
                .isEqualTo(IntroductionStatus.ACCEPTED);
    }

    @Test
    void aPartnersCommentAppearsOnAnOpenStaffPageWithoutReload() {
        String id = log(maya, Fixtures.unique("Live"));
        signInAs(staff);
        UI.getCurrent().navigate(IntroductionDetailView.class, id);
        IntroductionDetailView detail = _get(IntroductionDetailView.class);
        IntroductionService service = context.getBean(IntroductionService.class);

        SignedIn.run(maya, () -> service.comment(id, "They signed the NDA."));
        MockVaadin.runUIQueue();

        assertThat(detail.timeline.getElement().getTextRecursively()).contains("They signed the NDA.");
    }

    @Test
    void aNewIntroductionAppearsInAnOpenStaffListWithoutReload() {
        signInAs(staff);
        UI.getCurrent().navigate(IntroductionListView.class);
        IntroductionListView list = _get(IntroductionListView.class);
        int before = GridKt._size(list.grid);

        log(maya, Fixtures.unique("Fresh"));
        MockVaadin.runUIQueue();

        assertThat(GridKt._size(list.grid)).isEqualTo(before + 1);
    }

    @Test
    void thePageSaysWhoElseHasItOpen() {
        String id = log(maya, Fixtures.unique("Watched"));
        signInAs(staff);
        UI.getCurrent().navigate(IntroductionDetailView.class, id);
        IntroductionDetailView detail = _get(IntroductionDetailView.class);
        IntroductionService service = context.getBean(IntroductionService.class);
        Introduction introduction = SignedIn.as(staff, () -> service.find(id)).orElseThrow();

        var mayasPage = context.getBean(IntroductionViewers.class).enter(introduction, maya);
        MockVaadin.runUIQueue();
        assertThat(detail.alsoViewing.getText()).isEqualTo("Also viewing now: " + maya.displayName());

        mayasPage.remove();
        MockVaadin.runUIQueue();
        assertThat(detail.alsoViewing.getText()).isEmpty();
    }

    private String log(AllywayUser partner, String company) {
        IntroductionService service = context.getBean(IntroductionService.class);
        LoggedIntroduction logged = SignedIn.as(partner, () -> service.log(null, new IntroductionDetails(company,
                company.toLowerCase() + ".com", "Jane Prospect", null, null, null, null, null)));
        return logged.id();
    }
}
