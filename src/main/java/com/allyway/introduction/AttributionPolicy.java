package com.allyway.introduction;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who owns a prospect. Within the attribution window, the first introduction of a prospect owns it; a later one
 * is kept (nothing an ally sends is ever rejected) but marked: as a conflict when another relationship introduced
 * the prospect first, as a repeat when the same relationship did. Declined introductions own nothing.
 */
public record AttributionPolicy(Duration window) {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(180);

    public AttributionPolicy {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The attribution window must be positive, was " + window);
        }
    }

    /** An earlier introduction of the same prospect. */
    public record EarlierIntroduction(String id, String relationshipId, Instant loggedAt, boolean declined) {
    }

    /** The outcome for a new introduction. */
    public sealed interface Attribution {
        /** Nobody introduced this prospect within the window: the new introduction owns it. */
        record Owner() implements Attribution {
        }

        /** Another relationship introduced it first; staff resolve the conflict. */
        record Conflict(String ownerIntroductionId) implements Attribution {
        }

        /** The same relationship introduced it before; the earlier introduction stays the owner. */
        record Repeat(String ownerIntroductionId) implements Attribution {
        }
    }

    /**
     * @param relationshipId the relationship logging the new introduction
     * @param loggedAt       when it is logged
     * @param sameProspect   earlier introductions whose {@link ProspectKey} matches, in any order
     */
    public Attribution attribute(String relationshipId, Instant loggedAt, List<EarlierIntroduction> sameProspect) {
        Instant windowStart = loggedAt.minus(window);
        Optional<EarlierIntroduction> owner = sameProspect.stream()
                .filter(earlier -> !earlier.declined())
                .filter(earlier -> !earlier.loggedAt().isAfter(loggedAt) && earlier.loggedAt().isAfter(windowStart))
                .min(Comparator.comparing(EarlierIntroduction::loggedAt).thenComparing(EarlierIntroduction::id));
        if (owner.isEmpty()) {
            return new Attribution.Owner();
        }
        return owner.get().relationshipId().equals(relationshipId)
                ? new Attribution.Repeat(owner.get().id())
                : new Attribution.Conflict(owner.get().id());
    }
}
