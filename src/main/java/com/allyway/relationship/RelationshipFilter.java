package com.allyway.relationship;

/**
 * What the relationship directory asks for. Every part is optional.
 *
 * @param text matched against the name, ignoring case and spacing
 */
public record RelationshipFilter(String text, RelationshipType type, RelationshipStage stage, String ownerId) {

    public static final RelationshipFilter ALL = new RelationshipFilter(null, null, null, null);
}
