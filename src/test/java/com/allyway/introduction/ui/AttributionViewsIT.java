package com.allyway.introduction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.introduction.AttributionOutcome;
import com.allyway.introduction.DisputeStatus;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.partner.AccountSummary;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff settle a conflict on the introduction page; a partner disputes it; staff decide the dispute. */
class AttributionViewsIT extends KaribuTest {

    private AllywayUser maya;
    private AllywayUser zoe;
    private AllywayUser staff;

    @BeforeEach
    void twoPartnersAndStaff() {
        maya = fixtures.partnerUser(fixtures.partnerOrganization());
        zoe = fixtures.partnerUser(fixtures.partnerOrganization());
        staff = fixtures.internalUser(Role.STAFF);
    }

    @Test
    void aConflictIsSettledDisputedAndDecidedThroughThePages() {
        String company = Fixtures.unique("Contested");
        String earlier = log(maya, company);
        String later = log(zoe, company);

        signInAs(staff);
        UI.getCurrent().navigate(IntroductionDetailView.class, later);
        IntroductionDetailView staffPage = _get(IntroductionDetailView.class);
        assertThat(staffPage.conflictForm.isVisible()).isTrue();
        staffPage.conflictForm.outcome.setValue(AttributionOutcome.KEEP_FIRST);
        ButtonKt._click(staffPage.conflictForm.decide);
        assertThat(staffPage.conflictForm.reason.isInvalid()).as("a reason is required").isTrue();
        staffPage.conflictForm.reason.setValue("Their call came first.");
        ButtonKt._click(staffPage.conflictForm.decide);
        assertThat(staffPage.conflictForm.isVisible()).isFalse();
        assertThat(staffPage.credit.getText()).isEqualTo("Credit for this prospect: 0 %");

        switchTo(zoe);
        UI.getCurrent().navigate(IntroductionDetailView.class, later);
        IntroductionDetailView zoesPage = _get(IntroductionDetailView.class);
        assertThat(zoesPage.dispute.isVisible()).isTrue();
        ButtonKt._click(zoesPage.dispute);
        OpenDisputeDialog dialog = _get(OpenDisputeDialog.class);
        dialog.statement.setValue("We introduced them at the spring fair.");
        ButtonKt._click(dialog.open);
        DisputeView zoesDispute = _get(DisputeView.class);
        assertThat(zoesDispute.summary.getElement().getTextRecursively()).startsWith("Open");
        zoesDispute.text.setValue("Photo of the fair badge list.");
        ButtonKt._click(zoesDispute.addEvidence);
        assertThat(zoesDispute.decision.isVisible()).as("partners cannot decide").isFalse();

        switchTo(maya);
        UI.getCurrent().navigate(DisputeListView.class);
        DisputeListView mayasList = _get(DisputeListView.class);
        assertThat(GridKt._size(mayasList.grid)).as("the other side sees the dispute too").isEqualTo(1);
        String disputeId = GridKt._get(mayasList.grid, 0).getId();
        UI.getCurrent().navigate(DisputeView.class, disputeId);
        assertThat(_get(DisputeView.class).entries.getElement().getTextRecursively())
                .doesNotContain("spring fair").doesNotContain("badge list");

        switchTo(staff);
        UI.getCurrent().navigate(DisputeView.class, disputeId);
        DisputeView staffDispute = _get(DisputeView.class);
        assertThat(staffDispute.entries.getElement().getTextRecursively()).contains("spring fair", "badge list");
        staffDispute.owner.setValue(staffDispute.owner.getListDataView().getItems()
                .filter(member -> member.id().equals(staff.id())).findFirst().orElseThrow());
        ButtonKt._click(staffDispute.assignOwner);
        staffDispute.decision.outcome.setValue(AttributionOutcome.REASSIGN);
        staffDispute.decision.reason.setValue("The fair came before their call.");
        ButtonKt._click(staffDispute.decision.decide);

        NotificationsKt.expectNotifications("Owner saved.",
                "Dispute decided; the attribution of both introductions is updated.");
        assertThat(staffDispute.summary.getElement().getTextRecursively()).startsWith(DisputeStatus.DECIDED.label())
                .contains("owner " + staff.displayName());
        UI.getCurrent().navigate(IntroductionDetailView.class, earlier);
        assertThat(_get(IntroductionDetailView.class).credit.getText()).isEqualTo("Credit for this prospect: 0 %");
    }

    @Test
    void staffAssignAnOwnerAndFilterTheGridByOwnerAndDate() {
        String company = Fixtures.unique("Owned");
        String id = log(maya, company);
        signInAs(staff);
        UI.getCurrent().navigate(IntroductionDetailView.class, id);
        IntroductionDetailView page = _get(IntroductionDetailView.class);
        AccountSummary me = page.owner.getListDataView().getItems().filter(member -> member.id().equals(staff.id()))
                .findFirst().orElseThrow();

        page.owner.setValue(me);
        ButtonKt._click(page.assignOwner);

        assertThat(page.timeline.getElement().getTextRecursively())
                .contains("Owner on our side: " + staff.displayName());
        UI.getCurrent().navigate(IntroductionListView.class);
        IntroductionListView list = _get(IntroductionListView.class);
        list.owner.setValue(me);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        list.from.setValue(today.plusDays(1));
        list.to.setValue(today.plusDays(2));
        assertThat(GridKt._size(list.grid)).isZero();
    }

    private String log(AllywayUser partner, String company) {
        IntroductionService service = context.getBean(IntroductionService.class);
        return SignedIn.as(partner, () -> service.log(null, new IntroductionDetails(company, company + ".com",
                "Jane Prospect", null, null, null, null, null))).id();
    }
}
