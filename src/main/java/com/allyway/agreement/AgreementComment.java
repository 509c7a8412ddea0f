package com.allyway.agreement;

import java.time.Instant;

/** One entry in a draft's thread: a comment, or a step of the workflow with what was said about it. */
public record AgreementComment(Instant at, String authorId, String authorName, String step, String text) {
}
