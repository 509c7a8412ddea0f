package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.introduction.StatusChangePolicy.Request;
import com.allyway.partner.Organization;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class IntroductionServiceIT {

    @Autowired
    IntroductionService introductions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    com.allyway.testing.MutableClock clock;

    private Organization northwind;
    private AllywayUser maya;
    private Organization brightpath;
    private AllywayUser zoe;
    private AllywayUser staff;

    @BeforeEach
    void twoPartnersAndStaff() {
        northwind = fixtures.partnerOrganization();
        maya = fixtures.partnerUser(northwind);
        brightpath = fixtures.partnerOrganization();
        zoe = fixtures.partnerUser(brightpath);
        staff = fixtures.internalUser(Role.STAFF);
    }

    @Test
    void aPartnerLogsAnIntroductionForItsOwnOrganization() {
        String company = Fixtures.unique("Globex");

        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(null, details(company,
                "https://www." + company + ".com/about", "jane@" + company + ".com")));

        assertThat(logged.prospectAlreadyKnown()).isFalse();
        Introduction stored = SignedIn.as(maya, () -> introductions.find(logged.id())).orElseThrow();
        assertThat(stored.getRelationshipId()).isEqualTo(northwind.getId());
        assertThat(stored.getStatus()).isEqualTo(IntroductionStatus.NEW);
        assertThat(stored.getProspectDomain()).isEqualTo(company.toLowerCase() + ".com");
        assertThat(stored.getIntroducedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(SignedIn.as(maya, () -> introductions.timeline(logged.id())))
                .extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.LOGGED);
    }

    @Test
    void staffLogForAnAllyWithoutUsersButMustSayWhichOne() {
        Organization ally = fixtures.organization("Quiet Ally", RelationshipType.ALLY);
        String company = Fixtures.unique("Initech");

        LoggedIntroduction logged = SignedIn.as(staff, () -> introductions.log(ally.getId(),
                details(company, null, "bill@" + company + ".com")));

        assertThat(SignedIn.as(staff, () -> introductions.find(logged.id())).orElseThrow().getRelationshipId())
                .isEqualTo(ally.getId());
        assertThatThrownBy(() -> SignedIn.as(staff, () -> introductions.log(null, details(company, null,
                "bill@" + company + ".com")))).isInstanceOf(RejectedInputException.class)
                .hasMessage("Choose the ally or partner who made the introduction.");
    }

    @Test
    void aSecondPartnerLoggingTheSameProspectIsToldItIsKnownAndStaffSeeAConflict() {
        String company = Fixtures.unique("Umbrella");
        LoggedIntroduction first = SignedIn.as(maya, () -> introductions.log(null,
                details(company, "https://www." + company + ".com", null)));

        LoggedIntroduction second = SignedIn.as(zoe, () -> introductions.log(null,
                details(company + " GmbH", null, "someone@" + company + ".com")));

        assertThat(first.prospectAlreadyKnown()).isFalse();
        assertThat(second.prospectAlreadyKnown()).isTrue();
        Introduction flagged = SignedIn.as(staff, () -> introductions.find(second.id())).orElseThrow();
        assertThat(flagged.isConflict()).isTrue();
        assertThat(flagged.getAttributedToId()).isEqualTo(first.id());
    }

    @Test
    void thesamePartnerLoggingAgainIsARepeatNotAConflict() {
        String company = Fixtures.unique("Hooli");
        SignedIn.as(maya, () -> introductions.log(null, details(company, company + ".com", null)));

        LoggedIntroduction again = SignedIn.as(maya, () -> introductions.log(null,
                details(company, "https://" + company + ".com/", null)));

        assertThat(again.prospectAlreadyKnown()).isTrue();
        assertThat(SignedIn.as(staff, () -> introductions.find(again.id())).orElseThrow().isConflict()).isFalse();
    }

    @Test
    void freeMailAddressesDoNotMakeDifferentCompaniesOne() {
        SignedIn.as(maya, () -> introductions.log(null, details(Fixtures.unique("Vandelay"), null, "art@gmail.com")));

        LoggedIntroduction other = SignedIn.as(zoe, () -> introductions.log(null,
                details(Fixtures.unique("Kramerica"), null, "cosmo@gmail.com")));

        assertThat(other.prospectAlreadyKnown()).isFalse();
    }

    @Test
    void badInputIsRefusedAtTheRightFieldAndNothingIsSaved() {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Introduction.class);

        assertRefused(details(" ", "acme.com", null), "prospectCompany");
        assertRefused(details("Acme", null, null), "prospectWebsite");
        assertRefused(details("Acme", "not a domain", null), "prospectWebsite");
        assertRefused(details("Acme", null, "jane at acme"), "contactEmail");
        assertRefused(new IntroductionDetails("Acme", "acme.com", "", null, null, null, null, null),
                "contactName");
        assertRefused(new IntroductionDetails("Acme", "acme.com", "Jane", null, null, "x".repeat(4001), null,
                null), "whyGoodFit");
        assertRefused(new IntroductionDetails("Acme", "acme.com", "Jane", null, null, null, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(2)), "introducedOn");

        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Introduction.class))
                .isEqualTo(before);
    }

    @Test
    void anotherOrganizationsIntroductionIsToAPartnerExactlyLikeOneThatDoesNotExist() {
        LoggedIntroduction theirs = SignedIn.as(zoe, () -> introductions.log(null,
                details(Fixtures.unique("Stark"), Fixtures.unique("stark") + ".com", null)));
        String missing = "6b06fbf65d73642ae38710b1";

        for (String id : new String[] {theirs.id(), missing}) {
            assertThat(SignedIn.as(maya, () -> introductions.find(id))).isEmpty();
            assertThatThrownBy(() -> SignedIn.as(maya, () -> introductions.timeline(id)))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessage("This introduction does not exist (any more).");
            assertThatThrownBy(() -> SignedIn.as(maya, () -> introductions.comment(id, "hello")))
                    .hasMessage("This introduction does not exist (any more).");
        }
        assertThat(SignedIn.as(maya, () -> introductions.list(IntroductionFilter.ALL,
                org.springframework.data.domain.PageRequest.of(0, 500)))).extracting(Introduction::getId)
                .doesNotContain(theirs.id());
        assertThat(SignedIn.as(staff, () -> introductions.timeline(theirs.id()))).isNotEmpty();
    }

    @Test
    void aPartnerNamingAnotherOrganizationStillLogsForItsOwn() {
        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(brightpath.getId(),
                details(Fixtures.unique("Sneaky"), Fixtures.unique("sneaky") + ".com", null)));

        assertThat(SignedIn.as(staff, () -> introductions.find(logged.id())).orElseThrow().getRelationshipId())
                .isEqualTo(northwind.getId());
    }

    @Test
    void partnersNeverSeeStaffOnlyAttributionDetails() {
        String company = Fixtures.unique("Oscorp");
        SignedIn.as(maya, () -> introductions.log(null, details(company, company + ".com", null)));
        LoggedIntroduction second = SignedIn.as(zoe, () -> introductions.log(null, details(company, company + ".com",
                null)));

        Introduction asPartner = SignedIn.as(zoe, () -> introductions.find(second.id())).orElseThrow();
        assertThat(asPartner.isProspectAlreadyKnown()).isTrue();
        assertThat(asPartner.isConflict()).isFalse();
        assertThat(asPartner.getAttributedToId()).isNull();
        assertThat(SignedIn.as(staff, () -> introductions.find(second.id())).orElseThrow().isConflict()).isTrue();
    }

    @Test
    void twoPartnersLoggingTheSameProspectAtTheSameMomentNeverBothOwnIt() throws Exception {
        for (int round = 0; round < 10; round++) {
            String company = Fixtures.unique("Race");
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<LoggedIntroduction> byMaya = () -> {
                start.await();
                return SignedIn.as(maya, () -> introductions.log(null, details(company, company + ".com", null)));
            };
            java.util.concurrent.Callable<LoggedIntroduction> byZoe = () -> {
                start.await();
                return SignedIn.as(zoe, () -> introductions.log(null, details(company, company + ".com", null)));
            };
            try (var parallel = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var first = parallel.submit(byMaya);
                var second = parallel.submit(byZoe);
                start.countDown();
                long owners = java.util.stream.Stream.of(first.get(), second.get())
                        .filter(logged -> !logged.prospectAlreadyKnown()).count();
                assertThat(owners).as("owners in round %d", round).isEqualTo(1);
            }
        }
    }

    @Test
    void aRepeatDoesNotExtendTheClaimSoAnotherPartnerOwnsTheProspectAfterTheWindow() {
        String company = Fixtures.unique("Aperture");
        SignedIn.as(maya, () -> introductions.log(null, details(company, company + ".com", null)));
        try {
            clock.advance(java.time.Duration.ofDays(170));
            assertThat(SignedIn.as(maya, () -> introductions.log(null, details(company, company + ".com", null)))
                    .prospectAlreadyKnown()).isTrue();
            clock.advance(java.time.Duration.ofDays(30));

            LoggedIntroduction afterTheWindow = SignedIn.as(zoe, () -> introductions.log(null,
                    details(company, company + ".com", null)));

            assertThat(afterTheWindow.prospectAlreadyKnown()).isFalse();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDeclinedIntroductionGivesUpTheProspect() {
        String company = Fixtures.unique("Black Mesa");
        LoggedIntroduction declined = SignedIn.as(maya, () -> introductions.log(null,
                details(company, company.replace(' ', '-') + ".com", null)));
        Long version = SignedIn.as(staff, () -> introductions.find(declined.id())).orElseThrow().getVersion();
        SignedIn.run(staff, () -> introductions.changeStatus(declined.id(), version,
                new Request(IntroductionStatus.DECLINED, "Out of scope", null, null)));

        LoggedIntroduction next = SignedIn.as(zoe, () -> introductions.log(null,
                details(company, company.replace(' ', '-') + ".com", null)));

        assertThat(next.prospectAlreadyKnown()).isFalse();
    }

    @Test
    void aCommentDoesNotMakeAnOpenStaffEditStale() {
        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(null,
                details(Fixtures.unique("Massive"), Fixtures.unique("massive") + ".com", null)));
        Long loaded = SignedIn.as(staff, () -> introductions.find(logged.id())).orElseThrow().getVersion();
        SignedIn.as(maya, () -> introductions.comment(logged.id(), "Any news?"));

        Introduction accepted = SignedIn.as(staff, () -> introductions.changeStatus(logged.id(), loaded,
                new Request(IntroductionStatus.ACCEPTED, null, null, null)));

        assertThat(accepted.getStatus()).isEqualTo(IntroductionStatus.ACCEPTED);
    }

    @Test
    void internalNotesNeverReachPartnerUsers() {
        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(null,
                details(Fixtures.unique("Wayne"), Fixtures.unique("wayne") + ".com", null)));
        SignedIn.as(staff, () -> introductions.comment(logged.id(), "Thanks, we will call them."));
        SignedIn.as(staff, () -> introductions.addInternalNote(logged.id(), "Budget looks thin."));
        SignedIn.as(maya, () -> introductions.comment(logged.id(), "They expect your call on Monday."));

        assertThat(SignedIn.as(maya, () -> introductions.timeline(logged.id())))
                .extracting(TimelineEntry::text).doesNotContain("Budget looks thin.")
                .contains("Thanks, we will call them.", "They expect your call on Monday.");
        assertThat(SignedIn.as(staff, () -> introductions.timeline(logged.id())))
                .filteredOn(TimelineEntry::internal).extracting(TimelineEntry::text)
                .containsExactly("Budget looks thin.");
        assertThatThrownBy(() -> SignedIn.as(maya, () -> introductions.addInternalNote(logged.id(), "sneaky")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffMoveAnIntroductionToWonWithTheDealsValue() {
        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(null,
                details(Fixtures.unique("Cyberdyne"), Fixtures.unique("cyberdyne") + ".com", null)));
        Introduction current = SignedIn.as(staff, () -> introductions.find(logged.id())).orElseThrow();
        for (IntroductionStatus next : new IntroductionStatus[] {IntroductionStatus.ACCEPTED,
                IntroductionStatus.MEETING_HELD, IntroductionStatus.OPPORTUNITY}) {
            Long version = current.getVersion();
            current = SignedIn.as(staff, () -> introductions.changeStatus(logged.id(), version,
                    new Request(next, null, null, null)));
        }
        Long version = current.getVersion();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Introduction won = SignedIn.as(staff, () -> introductions.changeStatus(logged.id(), version,
                new Request(IntroductionStatus.WON, null, Money.of(new BigDecimal("24000.00"), "EUR"), today)));

        assertThat(won.getStatus()).isEqualTo(IntroductionStatus.WON);
        assertThat(won.getDealValue()).isEqualTo(Money.of(new BigDecimal("24000.00"), "EUR"));
        assertThat(won.getWonOn()).isEqualTo(today);
        assertThat(SignedIn.as(maya, () -> introductions.timeline(logged.id())))
                .filteredOn(entry -> entry.kind() == TimelineEntry.Kind.STATUS_CHANGED)
                .extracting(TimelineEntry::toStatus).containsExactly(IntroductionStatus.ACCEPTED,
                        IntroductionStatus.MEETING_HELD, IntroductionStatus.OPPORTUNITY, IntroductionStatus.WON);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedNamingWhoChangedIt() {
        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(null,
                details(Fixtures.unique("Tyrell"), Fixtures.unique("tyrell") + ".com", null)));
        Long loadedVersion = SignedIn.as(staff, () -> introductions.find(logged.id())).orElseThrow().getVersion();
        AllywayUser colleague = fixtures.internalUser(Role.STAFF);
        SignedIn.as(colleague, () -> introductions.changeStatus(logged.id(), loadedVersion,
                new Request(IntroductionStatus.ACCEPTED, null, null, null)));

        assertThatThrownBy(() -> SignedIn.as(staff, () -> introductions.changeStatus(logged.id(), loadedVersion,
                new Request(IntroductionStatus.DECLINED, "Not a fit", null, null))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith(colleague.displayName() + " changed this introduction at");
        assertThat(SignedIn.as(staff, () -> introductions.find(logged.id())).orElseThrow().getStatus())
                .isEqualTo(IntroductionStatus.ACCEPTED);
    }

    @Test
    void partnersCannotChangeStatusAndFinanceCannotLog() {
        LoggedIntroduction logged = SignedIn.as(maya, () -> introductions.log(null,
                details(Fixtures.unique("Soylent"), Fixtures.unique("soylent") + ".com", null)));
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);

        assertThatThrownBy(() -> SignedIn.as(maya, () -> introductions.changeStatus(logged.id(), 0L,
                new Request(IntroductionStatus.ACCEPTED, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(finance, () -> introductions.log(northwind.getId(),
                details("Nope", "nope.com", null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.as(finance, () -> introductions.find(logged.id()))).isPresent();
    }

    private void assertRefused(IntroductionDetails details, String field) {
        assertThatThrownBy(() -> SignedIn.as(maya, () -> introductions.log(null, details)))
                .isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo(field);
    }

    private static IntroductionDetails details(String company, String website, String email) {
        return new IntroductionDetails(company, website, "Jane Prospect", email, "COO",
                "They are looking for exactly this.", "Maya", null);
    }
}
