package com.allyway.introduction;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who owns one key of a prospect ({@code d:acme.com} or {@code n:acme}). The key is the document id, so MongoDB's
 * unique {@code _id} makes the first claim win even when two partners log the same prospect at the same moment.
 */
@Document(ProspectClaim.COLLECTION)
record ProspectClaim(@Id String key, String introductionId, String relationshipId, Instant since) {

    static final String COLLECTION = "prospect_claims";

    AttributionPolicy.Owner owner() {
        return new AttributionPolicy.Owner(introductionId, relationshipId, since);
    }
}
