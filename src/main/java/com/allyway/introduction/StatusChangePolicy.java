package com.allyway.introduction;

import static com.allyway.introduction.IntroductionStatus.ACCEPTED;
import static com.allyway.introduction.IntroductionStatus.DECLINED;
import static com.allyway.introduction.IntroductionStatus.LOST;
import static com.allyway.introduction.IntroductionStatus.MEETING_HELD;
import static com.allyway.introduction.IntroductionStatus.NEW;
import static com.allyway.introduction.IntroductionStatus.OPPORTUNITY;
import static com.allyway.introduction.IntroductionStatus.WON;

import com.allyway.shared.Money;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline NEW → ACCEPTED → MEETING_HELD → OPPORTUNITY → WON | LOST, or DECLINED early on. Declining needs a
 * reason; winning needs the deal's value and date, because payouts are computed from them.
 */
public final class StatusChangePolicy {

    private static final Map<IntroductionStatus, Set<IntroductionStatus>> NEXT = Map.of(
            NEW, EnumSet.of(ACCEPTED, DECLINED),
            ACCEPTED, EnumSet.of(MEETING_HELD, LOST, DECLINED),
            MEETING_HELD, EnumSet.of(OPPORTUNITY, LOST),
            OPPORTUNITY, EnumSet.of(WON, LOST),
            WON, EnumSet.noneOf(IntroductionStatus.class),
            LOST, EnumSet.noneOf(IntroductionStatus.class),
            DECLINED, EnumSet.noneOf(IntroductionStatus.class));

    /** What a status change carries besides the new status. */
    public record Request(IntroductionStatus target, String reason, Money dealValue, LocalDate wonOn) {
    }

    /** A refused change: which input is wrong, and why, in words. */
    public record Problem(String field, String message) {
    }

    private StatusChangePolicy() {
    }

    public static Set<IntroductionStatus> nextAfter(IntroductionStatus current) {
        return Set.copyOf(NEXT.get(current));
    }

    public static final int REASON_MAX_LENGTH = 1000;

    /**
     * @param introducedOn when the introduction was made: a deal cannot be won before it
     */
    public static Optional<Problem> check(IntroductionStatus current, LocalDate introducedOn, Request request,
            LocalDate today) {
        IntroductionStatus target = request.target();
        if (target == null) {
            return Optional.of(new Problem("status", "Choose the new status."));
        }
        if (!NEXT.get(current).contains(target)) {
            return Optional.of(new Problem("status", current.isFinal()
                    ? "This introduction is " + current.label().toLowerCase() + "; its status no longer changes."
                    : "From " + current.label() + " it can go to " + labels(NEXT.get(current)) + ", not to "
                            + target.label() + "."));
        }
        if (target == DECLINED && (request.reason() == null || request.reason().isBlank())) {
            return Optional.of(new Problem("reason", "Say why the introduction is declined; the partner sees it."));
        }
        if (request.reason() != null && request.reason().strip().length() > REASON_MAX_LENGTH) {
            return Optional.of(new Problem("reason", "The reason has " + request.reason().strip().length()
                    + " characters; at most " + REASON_MAX_LENGTH + " fit."));
        }
        if (request.dealValue() != null && !request.dealValue().isPositive()) {
            return Optional.of(new Problem("dealValue", "A deal value must be more than zero."));
        }
        if (request.dealValue() != null && target != OPPORTUNITY && target != WON) {
            return Optional.of(new Problem("dealValue", "A deal value belongs to an opportunity or a won deal."));
        }
        if (target == WON) {
            if (request.dealValue() == null || !request.dealValue().isPositive()) {
                return Optional.of(new Problem("dealValue", "Enter the deal's value; payouts are computed from it."));
            }
            if (request.wonOn() == null) {
                return Optional.of(new Problem("wonOn", "Enter the date the deal was won."));
            }
            if (request.wonOn().isAfter(today)) {
                return Optional.of(new Problem("wonOn", "The deal cannot be won on a future date."));
            }
            if (introducedOn != null && request.wonOn().isBefore(introducedOn)) {
                return Optional.of(new Problem("wonOn", "The deal cannot be won before the introduction ("
                        + introducedOn + ")."));
            }
        }
        return Optional.empty();
    }

    private static String labels(Set<IntroductionStatus> statuses) {
        return String.join(" or ", statuses.stream().map(IntroductionStatus::label).toList());
    }
}
