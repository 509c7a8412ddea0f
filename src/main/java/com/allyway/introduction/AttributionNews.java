package com.allyway.introduction;

/**
 * News about a conflict or a dispute, for one side or for staff, worded for that audience (never naming the other
 * side to a partner): for listeners such as notifications.
 *
 * @param relationshipId the side told, or {@code null} for staff
 * @param link           the page it is about, as a route path
 */
public record AttributionNews(String relationshipId, String text, String link) {
}
