package com.allyway.security;

import java.time.Duration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Creates this feature's indexes at start-up. */
@Component
class SecurityIndexes {

    SecurityIndexes(MongoTemplate mongo) {
        // Failed sign-ins untouched for a day are of no use to the lockout policy any more; let MongoDB drop them.
        mongo.indexOps(SignInAttempts.class).createIndex(new Index().on("updatedAt", Sort.Direction.ASC)
                .expire(Duration.ofDays(1)).named("updated_ttl"));
    }
}
