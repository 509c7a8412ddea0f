package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InProcessIntroductionChangesTest {

    private final InProcessIntroductionChanges changes = new InProcessIntroductionChanges();
    private final AllywayUser northwindPartner = new AllywayUser("p1", "maya@northwind.example", "Maya",
            EnumSet.of(Role.PARTNER), "northwind", null, true);
    private final AllywayUser staff = new AllywayUser("s1", "sam@allyway.example", "Sam", EnumSet.of(Role.STAFF),
            null, null, true);

    @Test
    void aPartnerHearsOnlyAboutItsOwnOrganizationStaffHearEverything() {
        List<String> partnerHeard = new ArrayList<>();
        List<String> staffHeard = new ArrayList<>();
        changes.subscribe(northwindPartner, change -> partnerHeard.add(change.introductionId()));
        changes.subscribe(staff, change -> staffHeard.add(change.introductionId()));

        changes.publish(new IntroductionChanged("own", "northwind", IntroductionChanged.What.RECORD));
        changes.publish(new IntroductionChanged("other", "brightpath", IntroductionChanged.What.RECORD));

        assertThat(partnerHeard).containsExactly("own");
        assertThat(staffHeard).containsExactly("own", "other");
    }

    @Test
    void aRemovedSubscriptionHearsNothingAndABrokenOneStopsNobody() {
        List<String> heard = new ArrayList<>();
        var removed = changes.subscribe(staff, change -> heard.add("removed"));
        changes.subscribe(staff, change -> {
            throw new IllegalStateException("a closed browser tab");
        });
        changes.subscribe(staff, change -> heard.add("kept"));
        removed.remove();

        changes.publish(new IntroductionChanged("x", "northwind", IntroductionChanged.What.RECORD));

        assertThat(heard).containsExactly("kept");
    }
}
