package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.introduction.AttributionPolicy.Attribution;
import com.allyway.introduction.AttributionPolicy.EarlierIntroduction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final AttributionPolicy policy = new AttributionPolicy(AttributionPolicy.DEFAULT_WINDOW);

    @Test
    void aProspectNobodyIntroducedBeforeBelongsToTheNewIntroduction() {
        assertThat(policy.attribute("northwind", NOW, List.of())).isEqualTo(new Attribution.Owner());
    }

    @Test
    void theFirstIntroductionWithinTheWindowOwnsTheProspect() {
        List<EarlierIntroduction> earlier = List.of(
                new EarlierIntroduction("second", "kestrel", NOW.minus(Duration.ofDays(10)), false),
                new EarlierIntroduction("first", "harbor", NOW.minus(Duration.ofDays(40)), false));

        assertThat(policy.attribute("northwind", NOW, earlier)).isEqualTo(new Attribution.Conflict("first"));
    }

    @Test
    void theWindowIsOneHundredAndEightyDaysExclusiveAtItsStart() {
        var justInside = new EarlierIntroduction("inside", "harbor", NOW.minus(Duration.ofDays(180)).plusSeconds(1),
                false);
        var exactlyAtTheEdge = new EarlierIntroduction("edge", "harbor", NOW.minus(Duration.ofDays(180)), false);

        assertThat(policy.attribute("northwind", NOW, List.of(justInside))).isEqualTo(new Attribution.Conflict("inside"));
        assertThat(policy.attribute("northwind", NOW, List.of(exactlyAtTheEdge))).isEqualTo(new Attribution.Owner());
    }

    @Test
    void aDeclinedIntroductionOwnsNothing() {
        var declined = new EarlierIntroduction("declined", "harbor", NOW.minus(Duration.ofDays(3)), true);

        assertThat(policy.attribute("northwind", NOW, List.of(declined))).isEqualTo(new Attribution.Owner());
    }

    @Test
    void theSameRelationshipLoggingAgainIsARepeatNotAConflict() {
        var own = new EarlierIntroduction("own", "northwind", NOW.minus(Duration.ofDays(3)), false);

        assertThat(policy.attribute("northwind", NOW, List.of(own))).isEqualTo(new Attribution.Repeat("own"));
    }

    @Test
    void introductionsLoggedLaterDoNotOwnAnEarlierOne() {
        var later = new EarlierIntroduction("later", "harbor", NOW.plusSeconds(60), false);

        assertThat(policy.attribute("northwind", NOW, List.of(later))).isEqualTo(new Attribution.Owner());
    }

    @Test
    void aWindowMustBePositive() {
        assertThatThrownBy(() -> new AttributionPolicy(Duration.ZERO)).hasMessageContaining("attribution window");
    }
}
