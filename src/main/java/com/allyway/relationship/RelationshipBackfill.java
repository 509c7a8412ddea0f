package com.allyway.relationship;

import java.time.Clock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives every organization a relationship. Data written before relationships existed kept the type (ally or
 * referral partner) on the organization document itself; this reads it from there once, on start-up, before
 * anything else (the demo seeder included) looks at relationships. Reads the organizations collection directly:
 * the field it needs is no longer part of the organization model.
 */
@Component
class RelationshipBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RelationshipBackfill.class);
    private static final String ORGANIZATIONS = "organizations";

    private final MongoTemplate mongo;
    private final Clock clock;

    RelationshipBackfill(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs while the application starts, before the web server takes requests that could create relationships. */
    @Override
    public void afterSingletonsInstantiated() {
        backfill();
    }

    void backfill() {
        int created = 0;
        for (Document organization : mongo.getCollection(ORGANIZATIONS).find()) {
            String id = organization.getObjectId("_id").toHexString();
            if (mongo.findById(id, Relationship.class) != null) {
                continue;
            }
            RelationshipType type = "REFERRAL_PARTNER".equals(organization.getString("type"))
                    ? RelationshipType.REFERRAL_PARTNER : RelationshipType.ALLY;
            try {
                mongo.insert(new Relationship(id, organization.getString("name"), organization.getString("website"),
                        type, clock.instant(), "system"));
                created++;
            } catch (DuplicateKeyException createdMeanwhile) {
                // a relationship being created right now stores its own record; nothing to fill in
            }
        }
        if (created > 0) {
            log.info("Created {} relationships for organizations stored by an earlier version", created);
        }
    }
}
