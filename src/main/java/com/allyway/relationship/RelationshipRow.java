package com.allyway.relationship;

import com.allyway.introduction.IntroductionActivity;

/** One line of the relationship directory: the relationship and how active it is. */
public record RelationshipRow(Relationship relationship, IntroductionActivity activity) {
}
