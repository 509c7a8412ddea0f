package com.allyway.relationship;

/** One line of the founders' "relationships to review": a relationship and the advice on formalizing it. */
public record RelationshipReview(Relationship relationship, FormalizationAdvice advice) {
}
