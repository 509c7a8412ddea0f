package com.allyway.relationship;

import com.allyway.introduction.LoggedIntroduction;

/** A new ally and the first introduction it made, created together. */
public record AllyWithIntroduction(Relationship ally, LoggedIntroduction introduction) {
}
