package com.allyway.shared.mongo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a large result in pages. The embedded server answers a query in one reply message, and the driver refuses
 * replies over 48 MB (seen with 1,000 statements of 100 lines each), so big reads go page by page, in id order.
 */
public final class PagedReads {

    private PagedReads() {
    }

    public static <T> List<T> all(MongoTemplate mongo, Query query, Class<T> type, int pageSize) {
        return all(mongo, query, type, mongo.getCollectionName(type), pageSize);
    }

    /**
     * As {@link #all(MongoTemplate, Query, Class, int)} from a named collection; with {@code Document.class} the
     * stored documents come back as they are (no mapping to a class: the fastest way to read many).
     */
    public static <T> List<T> all(MongoTemplate mongo, Query query, Class<T> type, String collection, int pageSize) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<T> batch = mongo.find(Query.of(query).with(Sort.by("_id")).skip((long) page * pageSize)
                    .limit(pageSize), type, collection);
            all.addAll(batch);
            if (batch.size() < pageSize) {
                return all;
            }
        }
    }
}
