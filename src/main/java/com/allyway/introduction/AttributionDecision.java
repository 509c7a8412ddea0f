package com.allyway.introduction;

import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.Instant;

/**
 * A staff decision on who gets the credit for a prospect two relationships introduced, with the reason. Stored
 * on both introductions; plain Java, so its rules and wording are tested without Spring.
 *
 * @param laterSharePercent the later introduction's share of the credit: 0 to keep the first, 100 to reassign,
 *                          1 to 99 to split
 */
public record AttributionDecision(AttributionOutcome outcome, int laterSharePercent, String reason,
        String earlierIntroductionId, String laterIntroductionId, Instant decidedAt, String decidedBy) {

    public static final int REASON_MAX_LENGTH = 2000;

    /**
     * What staff ask for: an outcome, for a split the later introduction's share, and a reason.
     *
     * @param splitPercent the later introduction's share when splitting; ignored otherwise
     */
    public record Request(AttributionOutcome outcome, Integer splitPercent, String reason) {

        /** The later introduction's share of the credit, after checking the request whole. */
        int laterShare() {
            if (outcome == null) {
                throw new RejectedInputException("outcome", "Choose how to settle the conflict.");
            }
            return switch (outcome) {
                case KEEP_FIRST -> 0;
                case REASSIGN -> 100;
                case SPLIT -> {
                    if (splitPercent == null || splitPercent < 1 || splitPercent > 99) {
                        throw new RejectedInputException("splitPercent",
                                "Give the later introduction's share of the credit, from 1 to 99 %.");
                    }
                    yield splitPercent;
                }
            };
        }

        String validReason() {
            return TextInput.required(reason, "reason", "Give the reason for the decision; both sides will read it.",
                    "The reason", REASON_MAX_LENGTH);
        }
    }

    /** The share of the credit the given introduction gets under this decision. */
    public int shareOf(String introductionId) {
        return introductionId.equals(laterIntroductionId) ? laterSharePercent : 100 - laterSharePercent;
    }

    /**
     * The timeline sentence for one side. It never names the other relationship: a partner may learn that the
     * prospect was introduced twice, never by whom.
     */
    String describeFor(String introductionId) {
        int share = shareOf(introductionId);
        String what;
        if (share == 100) {
            what = "this introduction gets the full credit for the prospect";
        } else if (share == 0) {
            what = "another introduction of this prospect gets the credit";
        } else {
            what = "the credit for the prospect is split; this introduction gets " + share + " %";
        }
        return "Attribution decided: " + what + ". Reason: " + reason;
    }
}
