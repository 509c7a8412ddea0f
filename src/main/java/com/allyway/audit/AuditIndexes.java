package com.allyway.audit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Creates the audit collection's indexes at start-up: newest first, optionally per action. */
@Component
class AuditIndexes {

    AuditIndexes(MongoTemplate mongo) {
        var indexes = mongo.indexOps(AuditEntry.class);
        indexes.createIndex(new Index().on("at", Sort.Direction.DESC).named("at_desc"));
        indexes.createIndex(new Index().on("action", Sort.Direction.ASC).on("at", Sort.Direction.DESC)
                .named("action_at"));
    }
}
