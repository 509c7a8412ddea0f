package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server, spoken to through the real MongoDB driver, as the application does. */
class EmbeddedMongoServerIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOnTheSameDirectory() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString("allyway"))) {
            collection(client).insertOne(new Document("_id", "acme").append("name", "Acme Ltd"));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString("allyway"))) {
            Document found = collection(client).find(new Document("_id", "acme")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Acme Ltd");
        }
        assertThat(dataDir.resolve(EmbeddedMongoServer.DATA_FILE_NAME)).exists();
    }

    @Test
    void aDataFileOfTheStockBackendIsConvertedToBsonAndReadsTheSame() {
        Document nested = new Document("_id", new ObjectId()).append("name", "Zoë Tanaka")
                .append("amount", new Decimal128(new BigDecimal("4000.50"))).append("on", new Date(1_790_000_000_000L))
                .append("lines", List.of(new Document("lineId", "l1").append("held", true), new Document("n", 7L)));
        Path file = dataDir.resolve(EmbeddedMongoServer.DATA_FILE_NAME);
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + stock.bind().getHostString() + ":"
                + stock.getLocalAddress().getPort())) {
            collection(client).insertOne(nested);
        } finally {
            stock.shutdownNow();
        }

        for (int start = 0; start < 2; start++) {
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                    MongoClient client = MongoClients.create(server.connectionString("allyway"))) {
                assertThat(collection(client).find().into(new ArrayList<>())).as("start %d", start)
                        .containsExactly(nested);
            }
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            assertThat(store.<String, String>openMap("allyway.storage-formats").get("databases.allyway.things"))
                    .isEqualTo("bson");
        }
    }

    @Test
    void aUniqueIndexRefusesASecondEqualValue() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString("allyway"))) {
            MongoCollection<Document> users = collection(client);
            users.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            users.insertOne(new Document("email", "maya@northwind.example"));

            assertThatThrownBy(() -> users.insertOne(new Document("email", "maya@northwind.example")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void aQueryNamingTheIdAndMoreFieldsMatchesAllOfThem() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString("allyway"))) {
            MongoCollection<Document> things = collection(client);
            things.insertMany(List.of(new Document("_id", "a").append("version", 2).append("owner", "x"),
                    new Document("_id", "b").append("version", 1).append("owner", "x"),
                    new Document("_id", "c").append("version", 1).append("owner", "y")));

            // what an optimistic-locking save sends: only the expected version matches
            assertThat(things.replaceOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
                    new Document("version", 2)).getMatchedCount()).isZero();
            assertThat(things.replaceOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2)),
                    new Document("version", 3).append("owner", "x")).getModifiedCount()).isEqualTo(1);
            assertThat(things.find(Filters.and(Filters.in("_id", "a", "b", "c", "z"), Filters.eq("owner", "x")))
                    .map(document -> document.getString("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("a", "b");
            assertThat(things.deleteMany(Filters.and(Filters.in("_id", "b", "c"), Filters.eq("owner", "y")))
                    .getDeletedCount()).isEqualTo(1);
            Document newer = things.find(Filters.and(Filters.eq("_id", "a"), Filters.gt("version", 2))).first();
            assertThat(newer).isNotNull();
            assertThat(newer.getInteger("version")).isEqualTo(3);
        }
    }

    @Test
    void aSecondServerOnADirectoryInUseFailsWithAMessageSayingWhatToDo() {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(dataDir)) {
            assertThat(first.port()).isPositive();
            assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another Allyway process")
                    .hasMessageContaining("ALLYWAY_DATA_DIR");
        }
    }

    @Test
    void theDataDirectoryIsCreatedWhenMissing() {
        Path nested = dataDir.resolve("not/there/yet");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(nested)) {
            assertThat(server.dataFile()).isEqualTo(nested.toAbsolutePath().resolve(EmbeddedMongoServer.DATA_FILE_NAME));
        }
        assertThat(nested).isDirectory();
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("allyway").getCollection("things");
    }
}
