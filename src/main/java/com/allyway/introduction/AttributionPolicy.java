package com.allyway.introduction;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who owns a prospect. Within the attribution window, the first introduction of a prospect owns it; a later one
 * is kept (nothing an ally sends is ever rejected) but marked: as a conflict when another relationship introduced
 * the prospect first, as a repeat when the same relationship did. Only an owning introduction can own: repeats and
 * conflicts never extend or pass on a claim, and a declined introduction gives its claim up.
 */
public record AttributionPolicy(Duration window) {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(180);

    public AttributionPolicy {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The attribution window must be positive, was " + window);
        }
    }

    /** An introduction that currently owns the prospect (or one of its keys), and since when. */
    public record Owner(String introductionId, String relationshipId, Instant since) {
    }

    /** The outcome for a new introduction. */
    public sealed interface Attribution {
        /** Nobody owns this prospect within the window: the new introduction does. */
        record Owns() implements Attribution {
        }

        /** Another relationship introduced it first; staff resolve the conflict. */
        record Conflict(String ownerIntroductionId) implements Attribution {
        }

        /** The same relationship introduced it before; the earlier introduction stays the owner. */
        record Repeat(String ownerIntroductionId) implements Attribution {
        }
    }

    /**
     * Whether an owner's claim still holds at {@code now}. A claim stamped a moment after {@code now} holds too:
     * it was made by a request running at the same time, and whoever claimed first in the database owns.
     */
    public boolean holds(Owner owner, Instant now) {
        return owner.since().isAfter(now.minus(window));
    }

    /**
     * @param relationshipId the relationship logging the new introduction
     * @param now            when it is logged
     * @param owners         the current owners of the prospect's keys (domain, name), in any order
     */
    public Attribution attribute(String relationshipId, Instant now, List<Owner> owners) {
        Optional<Owner> first = owners.stream().filter(owner -> holds(owner, now))
                .min(Comparator.comparing(Owner::since).thenComparing(Owner::introductionId));
        if (first.isEmpty()) {
            return new Attribution.Owns();
        }
        return first.get().relationshipId().equals(relationshipId)
                ? new Attribution.Repeat(first.get().introductionId())
                : new Attribution.Conflict(first.get().introductionId());
    }
}
