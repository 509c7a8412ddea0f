package com.allyway.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.agreement.AgreementService;
import com.allyway.introduction.AttributionDecision;
import com.allyway.introduction.AttributionOutcome;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.notification.ui.NotificationBell;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bell: live unread counts from other people's actions, the list, and only what concerns the person. */
class NotificationsIT extends KaribuTest {

    @Test
    void aPartnersBellCountsStaffAcceptingTheirIntroductionLiveAndListsIt() {
        Organization northwind = fixtures.partnerOrganization();
        AllywayUser maya = fixtures.partnerUser(northwind);
        AllywayUser outsider = fixtures.partnerUser(fixtures.partnerOrganization());
        String introduction = fixtures.introduction(northwind, LocalDate.now(clock));
        signInAs(maya);
        navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badgeText()).isEmpty();

        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        IntroductionService introductions = context.getBean(IntroductionService.class);
        SignedIn.run(staff, () -> introductions.changeStatus(introduction,
                introductions.find(introduction).orElseThrow().getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));
        MockVaadin.runUIQueue();

        assertThat(bell.badgeText()).as("pushed to the open screen").isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("notification-list")).getElement().getTextRecursively())
                .contains(": New → Accepted");
        assertThat(bell.badgeText()).as("opening the list reads them").isEmpty();
        NotificationService notifications = context.getBean(NotificationService.class);
        assertThat(SignedIn.as(maya, notifications::unread)).isZero();
        assertThat(SignedIn.as(outsider, notifications::latest)).as("another organization's people")
                .noneMatch(notification -> notification.getLink().equals("introduction/" + introduction));
        assertThat(SignedIn.as(staff, notifications::latest)).as("nobody hears of their own action")
                .noneMatch(notification -> notification.getLink().equals("introduction/" + introduction));
    }

    @Test
    void bothSidesOfAConflictHearOfTheDecision() {
        AllywayUser first = fixtures.partnerUser(fixtures.partnerOrganization());
        AllywayUser second = fixtures.partnerUser(fixtures.partnerOrganization());
        IntroductionService introductions = context.getBean(IntroductionService.class);
        String company = Fixtures.unique("Contested");
        String slug = company.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        IntroductionDetails details = new IntroductionDetails(company, "https://" + slug + ".com", "Dana Buyer",
                null, null, null, null, LocalDate.now(clock));
        SignedIn.run(first, () -> introductions.log(null, details));
        String later = SignedIn.as(second, () -> introductions.log(null, details)).id();
        AllywayUser staff = fixtures.internalUser(Role.STAFF);

        SignedIn.run(staff, () -> introductions.resolveConflict(later, introductions.find(later).orElseThrow()
                .getVersion(), new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null,
                "Introduced first.")));

        NotificationService notifications = context.getBean(NotificationService.class);
        for (AllywayUser side : java.util.List.of(first, second)) {
            assertThat(SignedIn.as(side, notifications::latest)).as(side.email())
                    .anyMatch(notification -> notification.getKind() == NotificationKind.CONFLICT_OR_DISPUTE
                            && notification.getText().equals("Attribution decided for " + company));
        }
    }

    @Test
    void foundersHearOfSubmittedAgreementsAndPartnersOfCommentsByStaff() {
        Organization brightpath = fixtures.relationshipToFormalize("Notified Partner");
        AllywayUser zoe = fixtures.partnerUser(brightpath);
        AllywayUser founder = fixtures.internalUser(Role.FOUNDER);
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        AgreementService agreements = context.getBean(AgreementService.class);
        NotificationService notifications = context.getBean(NotificationService.class);
        long before = SignedIn.as(founder, notifications::unread);

        SignedIn.run(staff, () -> {
            var draft = agreements.startDraft(brightpath.getId(), fixtures.agreementDraft(LocalDate.now(clock)),
                    null);
            agreements.submit(draft.getId(), draft.getVersion());
        });
        String introduction = fixtures.introduction(brightpath, LocalDate.now(clock));
        SignedIn.run(staff, () -> context.getBean(IntroductionService.class).comment(introduction,
                "We are meeting them on Friday."));

        assertThat(SignedIn.as(founder, notifications::unread)).isEqualTo(before + 1);
        assertThat(SignedIn.as(founder, notifications::latest).getFirst().getKind())
                .isEqualTo(NotificationKind.AGREEMENT_TO_APPROVE);
        assertThat(SignedIn.as(zoe, notifications::latest)).extracting(Notification::getKind)
                .contains(NotificationKind.INTRODUCTION_COMMENT);
    }
}
