package com.allyway.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.shared.RejectedInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttributionDecisionTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theOutcomeDecidesTheLaterIntroductionsShare() {
        assertThat(request(AttributionOutcome.KEEP_FIRST, 40).laterShare()).as("a split share is ignored").isZero();
        assertThat(request(AttributionOutcome.REASSIGN, null).laterShare()).isEqualTo(100);
        assertThat(request(AttributionOutcome.SPLIT, 1).laterShare()).isEqualTo(1);
        assertThat(request(AttributionOutcome.SPLIT, 99).laterShare()).isEqualTo(99);
    }

    @Test
    void aSplitNeedsAShareStrictlyBetweenNothingAndAll() {
        for (Integer share : new Integer[] {null, 0, 100, -5}) {
            assertThatThrownBy(() -> request(AttributionOutcome.SPLIT, share).laterShare())
                    .isInstanceOf(RejectedInputException.class)
                    .extracting(e -> ((RejectedInputException) e).field()).isEqualTo("splitPercent");
        }
        assertThatThrownBy(() -> request(null, null).laterShare())
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo("outcome");
    }

    @Test
    void theReasonIsRequiredAndNeverCut() {
        assertThatThrownBy(() -> new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null, "  ")
                .validReason()).extracting(e -> ((RejectedInputException) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null,
                "x".repeat(AttributionDecision.REASON_MAX_LENGTH + 1)).validReason())
                .hasMessage("The reason has 2001 characters; at most 2000 fit.");
        assertThat(new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null, " First. ").validReason())
                .isEqualTo("First.");
    }

    @Test
    void eachSideGetsItsShareAndASentenceThatNeverNamesTheOther() {
        AttributionDecision split = new AttributionDecision(AttributionOutcome.SPLIT, 30, "Both worked it.",
                "earlier", "later", AT, "Sam Patel");

        assertThat(split.shareOf("later")).isEqualTo(30);
        assertThat(split.shareOf("earlier")).isEqualTo(70);
        assertThat(split.describeFor("later")).isEqualTo("Attribution decided: the credit for the prospect is"
                + " split; this introduction gets 30 %. Reason: Both worked it.");
        AttributionDecision kept = new AttributionDecision(AttributionOutcome.KEEP_FIRST, 0, "First.", "earlier",
                "later", AT, "Sam Patel");
        assertThat(kept.describeFor("earlier")).startsWith("Attribution decided: this introduction gets the full");
        assertThat(kept.describeFor("later")).startsWith("Attribution decided: another introduction of this"
                + " prospect gets the credit");
    }

    private static AttributionDecision.Request request(AttributionOutcome outcome, Integer share) {
        return new AttributionDecision.Request(outcome, share, "A reason.");
    }
}
