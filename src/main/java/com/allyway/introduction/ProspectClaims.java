package com.allyway.introduction;

import com.allyway.shared.AllywayProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Attribution without transactions: each key of a prospect is claimed with an insert that only one request can
 * win; a claim that ran out is taken over with a compare-and-set on its current holder. Only single-document
 * atomic operations, so real MongoDB and the embedded server behave alike.
 */
@Component
class ProspectClaims {

    private final MongoTemplate mongo;
    private final AttributionPolicy policy;

    ProspectClaims(MongoTemplate mongo, AllywayProperties properties) {
        this.mongo = mongo;
        this.policy = new AttributionPolicy(properties.attribution().window());
    }

    /**
     * Claims the prospect's keys for a freshly stored introduction and says who owns it. When another
     * introduction owns any key, the new one keeps no claim at all.
     */
    AttributionPolicy.Attribution claim(Introduction introduction, Instant now) {
        List<AttributionPolicy.Owner> others = new ArrayList<>();
        // Keys are claimed in one fixed order (domain, then name) and claiming stops at the first key somebody
        // else holds. Two requests for one prospect therefore never end up holding one key each, which would
        // leave the prospect with no owner at all.
        for (String key : keysOf(introduction.prospectKey())) {
            AttributionPolicy.Owner holder = claimOrHolder(key, introduction, now);
            if (!holder.introductionId().equals(introduction.getId())) {
                others.add(holder);
                break;
            }
        }
        AttributionPolicy.Attribution attribution = policy.attribute(introduction.getRelationshipId(), now, others);
        if (!(attribution instanceof AttributionPolicy.Attribution.Owns)) {
            release(introduction, null);
        }
        return attribution;
    }

    /**
     * Hands every claim {@code from} holds to {@code to}, when staff decide the later introduction gets the credit.
     * Each key moves only if {@code from} still holds it; the window counts from when {@code to} was logged.
     */
    void transfer(Introduction from, Introduction to) {
        mongo.updateMulti(heldBy(from, to),
                new Update().set("introductionId", to.getId()).set("relationshipId", to.getRelationshipId())
                        .set("since", to.getLoggedAt()), ProspectClaim.class);
    }

    /**
     * Gives up every claim an introduction holds, e.g. when it is declined.
     *
     * @param other the other introduction of a decided conflict, whose keys it may hold after a reassignment
     */
    void release(Introduction introduction, Introduction other) {
        mongo.remove(heldBy(introduction, other), ProspectClaim.class);
    }

    /**
     * The claims {@code holder} holds among its own keys and those of {@code other} (a claim moves between the
     * two introductions of a decided conflict), found through their ids so that real MongoDB answers from the
     * {@code _id} index without a second index on the holder.
     */
    private static Query heldBy(Introduction holder, Introduction other) {
        Set<String> keys = new LinkedHashSet<>(keysOf(holder.prospectKey()));
        if (other != null) {
            keys.addAll(keysOf(other.prospectKey()));
        }
        return Query.query(Criteria.where("_id").in(keys).and("introductionId").is(holder.getId()));
    }

    private AttributionPolicy.Owner claimOrHolder(String key, Introduction introduction, Instant now) {
        ProspectClaim mine = new ProspectClaim(key, introduction.getId(), introduction.getRelationshipId(), now);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return mongo.insert(mine).owner();
            } catch (DuplicateKeyException taken) {
                ProspectClaim holder = mongo.findById(key, ProspectClaim.class);
                if (holder == null) {
                    continue; // released in the meantime: try again
                }
                if (policy.holds(holder.owner(), now)) {
                    return holder.owner();
                }
                // The holder's window ran out: take the key over, unless somebody else just did.
                ProspectClaim replaced = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)
                                .and("introductionId").is(holder.introductionId())),
                        new Update().set("introductionId", mine.introductionId())
                                .set("relationshipId", mine.relationshipId()).set("since", now),
                        ProspectClaim.class);
                if (replaced != null) {
                    return mine.owner();
                }
            }
        }
        ProspectClaim holder = mongo.findById(key, ProspectClaim.class);
        return holder != null ? holder.owner() : mine.owner();
    }

    static List<String> keysOf(ProspectKey key) {
        List<String> keys = new ArrayList<>(2);
        if (key.domain() != null) {
            keys.add("d:" + key.domain());
        }
        if (!key.companyKey().isEmpty()) {
            keys.add("n:" + key.companyKey());
        }
        return keys;
    }
}
