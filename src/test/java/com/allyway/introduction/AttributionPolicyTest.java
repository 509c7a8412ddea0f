package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.introduction.AttributionPolicy.Attribution;
import com.allyway.introduction.AttributionPolicy.Owner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final AttributionPolicy policy = new AttributionPolicy(AttributionPolicy.DEFAULT_WINDOW);

    @Test
    void aProspectNobodyOwnsBelongsToTheNewIntroduction() {
        assertThat(policy.attribute("northwind", NOW, List.of())).isEqualTo(new Attribution.Owns());
    }

    @Test
    void theEarliestOwnerOfAnyKeyOwnsTheProspect() {
        List<Owner> owners = List.of(
                new Owner("by-name", "kestrel", NOW.minus(Duration.ofDays(10))),
                new Owner("by-domain", "harbor", NOW.minus(Duration.ofDays(40))));

        assertThat(policy.attribute("northwind", NOW, owners)).isEqualTo(new Attribution.Conflict("by-domain"));
    }

    @Test
    void theWindowIsOneHundredAndEightyDaysExclusiveAtItsStart() {
        Owner justInside = new Owner("inside", "harbor", NOW.minus(Duration.ofDays(180)).plusSeconds(1));
        Owner atTheEdge = new Owner("edge", "harbor", NOW.minus(Duration.ofDays(180)));

        assertThat(policy.holds(justInside, NOW)).isTrue();
        assertThat(policy.holds(atTheEdge, NOW)).isFalse();
        assertThat(policy.attribute("northwind", NOW, List.of(justInside)))
                .isEqualTo(new Attribution.Conflict("inside"));
        assertThat(policy.attribute("northwind", NOW, List.of(atTheEdge))).isEqualTo(new Attribution.Owns());
    }

    @Test
    void theSameRelationshipLoggingAgainIsARepeatNotAConflict() {
        Owner own = new Owner("own", "northwind", NOW.minus(Duration.ofDays(3)));

        assertThat(policy.attribute("northwind", NOW, List.of(own))).isEqualTo(new Attribution.Repeat("own"));
    }

    @Test
    void aClaimStampedByAConcurrentRequestAMomentLaterStillHolds() {
        assertThat(policy.holds(new Owner("concurrent", "harbor", NOW.plusMillis(3)), NOW)).isTrue();
    }

    @Test
    void aWindowMustBePositive() {
        assertThatThrownBy(() -> new AttributionPolicy(Duration.ZERO)).hasMessageContaining("attribution window");
    }
}
