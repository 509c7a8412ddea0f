package com.allyway.shared.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.regex.Pattern;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend of mongo-java-server, taught one thing real MongoDB does: a query that names the {@code _id}
 * (one value or an {@code $in} list) next to other fields starts from the {@code _id} index and checks the other
 * fields on the few documents found. The stock backend uses an index only when the query has exactly its keys,
 * so every optimistic-locking save ({@code {_id, version}}) scanned the whole collection, which made a status
 * change take seconds at tens of thousands of introductions. Results are the same either way; only the work
 * differs.
 *
 * <p>Also: the store never compacts itself in the background. H2 2.4's MVStore can fail a running scan with
 * "Chunk ... not found" when a compaction moves pages under its cursor (h2database#4383; seen here after bulk
 * loads of 100,000 introductions). The file is compacted instead when the server closes, when no query runs.
 *
 * <p>Documents are stored as BSON ({@link BsonDocumentType}) instead of the stock backend's Java serialization.
 * A data file written by the stock backend (or an earlier Allyway) is converted collection by collection when it
 * is opened; {@code EmbeddedMongoServerIT} checks that. The collections do not track their data size (the stock
 * backend encodes every inserted or removed document once more just to count its bytes); {@code collStats}
 * reports no size, which nothing in Allyway reads.
 *
 * <p>Built on the backend's extension points (protected methods); the map names follow {@code H2Database} of
 * mongo-java-server 1.47, so data files stay compatible with the stock backend. {@code EmbeddedMongoServerIT}
 * checks the behaviour whenever the library is upgraded.
 */
final class IdLookupH2Backend extends H2Backend {

    private static final String ID = "_id";
    private static final int COMPACTION_AT_CLOSE_MILLIS = 2_000;
    /** Which data maps hold BSON: map name to format. A data map not listed here was written by the stock backend. */
    private static final String FORMATS_MAP = "allyway.storage-formats";
    private static final String BSON = "bson";
    private static final String MIGRATION_SUFFIX = ".bson-migration";
    private static final Logger log = LoggerFactory.getLogger(IdLookupH2Backend.class);

    IdLookupH2Backend(String fileName, int cacheMegabytes) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes).autoCompactFillRate(0).open());
    }

    @Override
    public void close() {
        try {
            getMvStore().compactFile(COMPACTION_AT_CLOSE_MILLIS);
        } catch (RuntimeException e) {
            log.warn("Could not compact the embedded MongoDB file on close; it stays as it is", e);
        }
        super.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class: the super constructor already opens collections, before a field of ours would be set. */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> dataMap = openBsonDataMap("databases." + namespace);
            MVMap<String, Object> metaMap = getMvStore().openMap("meta." + namespace);
            return new Collection(this, collectionName, options, dataMap, metaMap);
        }
    }

    private MVMap<Object, Document> openBsonDataMap(String name) {
        MVStore store = getMvStore();
        MVMap<String, String> formats = store.openMap(FORMATS_MAP);
        String migration = name + MIGRATION_SUFFIX;
        if (!store.hasMap(name) && store.hasMap(migration)) {
            // The conversion was complete (the old map is removed only after the copy) but not yet renamed.
            store.renameMap(bsonMap(migration), name);
        } else if (store.hasMap(name) && !BSON.equals(formats.get(name))) {
            convertToBson(store, name, migration);
        }
        formats.put(name, BSON);
        store.commit();
        return bsonMap(name);
    }

    private MVMap<Object, Document> bsonMap(String name) {
        return getMvStore().openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    private void convertToBson(MVStore store, String name, String migration) {
        if (store.hasMap(migration)) {
            store.removeMap(migration); // an interrupted conversion starts over; the old map is still complete
        }
        MVMap<Object, Document> serialized = store.openMap(name);
        MVMap<Object, Document> converted = bsonMap(migration);
        for (var entry : serialized.entrySet()) {
            converted.put(entry.getKey(), entry.getValue());
        }
        store.commit();
        int documents = converted.size();
        // Removing the old map, renaming the new one and noting its format must reach the file together: with
        // the background commit paused, the next commit writes all three or none of them.
        int autoCommitDelay = store.getAutoCommitDelay();
        store.setAutoCommitDelay(0);
        try {
            store.removeMap(serialized);
            store.renameMap(converted, name);
            store.<String, String>openMap(FORMATS_MAP).put(name, BSON);
            store.commit();
        } finally {
            store.setAutoCommitDelay(autoCommitDelay);
        }
        log.info("Converted {} ({} documents) from Java serialization to BSON; earlier Allyway versions cannot read"
                + " it any more", name, documents);
    }

    /**
     * Only the shapes whose result cannot differ from a full scan: one plain value, or {@code $in} with plain
     * values. Operators, regular expressions and sub-documents keep the stock path.
     */
    static boolean isIdEqualityOrList(Object condition) {
        if (condition instanceof Document operators) {
            return operators.size() == 1 && operators.get("$in") instanceof java.util.Collection<?> values
                    && !values.isEmpty() && values.stream().allMatch(IdLookupH2Backend::isPlain);
        }
        return condition != null && isPlain(condition);
    }

    private static boolean isPlain(Object value) {
        return !(value instanceof Document || value instanceof java.util.Map<?, ?>
                || value instanceof java.util.Collection<?> || value instanceof Pattern
                || value instanceof BsonRegularExpression);
    }

    private final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap) {
            super(database, collectionName, options, dataMap, metaMap, getCursorRegistry());
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            if (query.size() > 1 && isIdEqualityOrList(query.get(ID))) {
                Document byId = new Document(ID, query.get(ID));
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        // The full query is still matched against every document the index finds.
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
