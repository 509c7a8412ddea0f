package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import org.bson.Document;
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
