package com.allyway.shared.mongo;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a large result through the cursor in batches. Without a batch size the embedded server answers a query in
 * one reply message, and the driver refuses replies over 48 MB (seen with 1,000 statements of 100 lines each).
 * Paging with skip and limit would do too, but needs a sort, and the embedded server sorts (and filters) the whole
 * collection again for every page.
 */
public final class BatchedReads {

    private BatchedReads() {
    }

    public static <T> List<T> all(MongoTemplate mongo, Query query, Class<T> type, int batchSize) {
        return all(mongo, query, type, mongo.getCollectionName(type), batchSize);
    }

    /**
     * As {@link #all(MongoTemplate, Query, Class, int)} from a named collection; with {@code Document.class} the
     * stored documents come back as they are (no mapping to a class: the fastest way to read many).
     */
    public static <T> List<T> all(MongoTemplate mongo, Query query, Class<T> type, String collection, int batchSize) {
        return mongo.find(Query.of(query).cursorBatchSize(batchSize), type, collection);
    }
}
