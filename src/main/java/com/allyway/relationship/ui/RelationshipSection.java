package com.allyway.relationship.ui;

import com.allyway.relationship.Relationship;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the relationship page that another feature contributes (e.g. the agreement history), without the
 * relationship feature depending on that feature. Implementations are registered as Spring beans.
 */
public interface RelationshipSection {

    /** The section for this relationship and the signed-in user, or empty when the user has no use for it. */
    Optional<Component> create(Relationship relationship);
}
