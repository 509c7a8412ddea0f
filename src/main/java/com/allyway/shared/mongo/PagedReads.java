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
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<T> batch = mongo.find(Query.of(query).with(Sort.by("_id")).skip((long) page * pageSize)
                    .limit(pageSize), type);
            all.addAll(batch);
            if (batch.size() < pageSize) {
                return all;
            }
        }
    }
}
