package com.allyway.partner;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates this feature's indexes at start-up. The unique ones carry domain rules: one account per email address,
 * one organization per name, one invitation per token.
 */
@Component
class PartnerIndexes {

    PartnerIndexes(MongoTemplate mongo) {
        mongo.indexOps(UserAccount.class).createIndex(new Index().on("email", Sort.Direction.ASC).unique()
                .named("email_unique"));
        mongo.indexOps(UserAccount.class).createIndex(new Index().on("organizationId", Sort.Direction.ASC)
                .named("organization"));
        mongo.indexOps(Organization.class).createIndex(new Index().on("normalizedName", Sort.Direction.ASC)
                .unique().named("name_unique"));
        mongo.indexOps(Invitation.class).createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique()
                .named("token_unique"));
    }
}
