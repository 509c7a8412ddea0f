package com.allyway.demo;

import static com.allyway.demo.ActingAs.as;

import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy.Request;
import com.allyway.relationship.Relationship;
import com.allyway.security.AllywayUser;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The demo's introductions, made by the demo people through the service as they would make them: some worked,
 * one won, one a conflict between two partners waiting for staff, one logged by staff for an ally without a login.
 */
final class DemoIntroductions {

    private final IntroductionService introductions;
    private final Map<String, AllywayUser> people;
    private final Map<String, Relationship> relationships;
    private final LocalDate today;

    DemoIntroductions(IntroductionService introductions, Map<String, AllywayUser> people,
            Map<String, Relationship> relationships, Clock clock) {
        this.introductions = introductions;
        this.people = people;
        this.relationships = relationships;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void create() {
        AllywayUser maya = people.get("maya@northwind.example");
        AllywayUser zoe = people.get("zoe@brightpath.example");
        AllywayUser staff = people.get("staff@allyway.example");

        String globex = log(maya, null, "Globex Corporation", "https://www.globex-corp.com", "Hank Scorpio",
                "hank@globex-corp.com", "COO", "Rolling out a partner programme in Q1; asked for a demo.", 40);
        as(staff, () -> introductions.changeStatus(globex, version(staff, globex),
                new Request(IntroductionStatus.ACCEPTED, null, null, null)));
        as(staff, () -> introductions.comment(globex, "Thanks Maya! We have a call with Hank next Tuesday."));
        as(staff, () -> introductions.addInternalNote(globex, "Budget confirmed by their CFO; keep Maya posted."));
        as(maya, () -> introductions.comment(globex, "Great. He prefers mornings."));

        String umbrella = log(maya, null, "Umbrella Health", "umbrella-health.com", "Alice Abernathy",
                "alice@umbrella-health.com", "Head of Operations", null, 75);
        for (IntroductionStatus next : new IntroductionStatus[] {IntroductionStatus.ACCEPTED,
                IntroductionStatus.MEETING_HELD, IntroductionStatus.OPPORTUNITY}) {
            as(staff, () -> introductions.changeStatus(umbrella, version(staff, umbrella),
                    new Request(next, null, null, null)));
        }
        as(staff, () -> introductions.changeStatus(umbrella, version(staff, umbrella), new Request(
                IntroductionStatus.WON, null, Money.of(new BigDecimal("24000.00"), "EUR"), today.minusDays(5))));

        log(maya, null, "Initech", "initech-software.com", "Bill Lumbergh", "bill@initech-software.com", "VP Engineering",
                "Their TPS reporting needs a partner portal.", 10);
        log(zoe, null, "Initech GmbH", null, "Peter Gibbons", "peter@initech-software.com", null, null, 3);
        log(zoe, null, "Vandelay Industries", "vandelay-industries.com", "Art Vandelay", null, "Importer-exporter", null,
                20);
        log(staff, relationships.get("Harbor & Finch Consulting").getId(), "Soylent Foods", "soylent-foods.com",
                "Sol Roth", null, "Procurement", "Met Harbor & Finch's partner at a dinner; warm lead.", 14);
    }

    private String log(AllywayUser who, String relationshipId, String company, String website, String contact,
            String email, String role, String why, int daysAgo) {
        return as(who, () -> introductions.log(relationshipId, new IntroductionDetails(company, website, contact,
                email, role, why, who.isInternal() ? null : who.displayName(), today.minusDays(daysAgo)))).id();
    }

    private Long version(AllywayUser staff, String id) {
        return as(staff, () -> introductions.find(id).orElseThrow().getVersion());
    }
}
