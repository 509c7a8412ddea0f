package com.allyway.introduction;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Indexes for the grids (a relationship's introductions newest first; staff by status; disputes) and for duplicate
 * detection (by domain and by folded company name). The embedded server keeps none of these non-unique indexes;
 * real MongoDB uses them.
 */
@Component
class IntroductionIndexes {

    IntroductionIndexes(MongoTemplate mongo) {
        var introductions = mongo.indexOps(Introduction.class);
        introductions.createIndex(new Index().on("relationshipId", Sort.Direction.ASC)
                .on("lastActivityAt", Sort.Direction.DESC).named("relationship_activity"));
        introductions.createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("lastActivityAt", Sort.Direction.DESC).named("status_activity"));
        introductions.createIndex(new Index().on("prospectDomain", Sort.Direction.ASC).sparse()
                .named("prospect_domain"));
        introductions.createIndex(new Index().on("prospectCompanyKey", Sort.Direction.ASC).named("prospect_name"));
        mongo.indexOps(DisputeEntry.class).createIndex(new Index().on("disputeId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("dispute_at"));
        mongo.indexOps(Dispute.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("openedAt", Sort.Direction.DESC).named("status_opened"));
        mongo.indexOps(TimelineEntry.class).createIndex(new Index().on("introductionId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("introduction_at"));
    }
}
