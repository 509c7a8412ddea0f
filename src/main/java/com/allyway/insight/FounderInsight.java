package com.allyway.insight;

import com.allyway.relationship.FormalizationAdvice;
import com.allyway.relationship.RelationshipReview;
import java.util.List;

/** The founders' home: ally against referral partner quality, and the relationships whose advice is to act. */
public record FounderInsight(QualityReport.Result quality, List<RelationshipReview> reviews) {

    /** Relationships advised to formalize or to consider it, strongest advice first. */
    public List<RelationshipReview> toReview() {
        return reviews.stream().filter(review -> review.advice().level() != FormalizationAdvice.Level.KEEP_AS_ALLY)
                .toList();
    }
}
