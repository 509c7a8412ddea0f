package com.allyway.introduction;

/**
 * The answer to logging an introduction.
 *
 * @param prospectAlreadyKnown the prospect was introduced before (by anyone) within the attribution window; a
 *                             partner is told only this, never by whom
 */
public record LoggedIntroduction(String id, boolean prospectAlreadyKnown) {
}
