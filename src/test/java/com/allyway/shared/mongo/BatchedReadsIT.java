package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A result larger than one reply message may be (48 MB) is read whole, each document once, by the cursor. */
@IntegrationTest
class BatchedReadsIT {

    private static final String COLLECTION = "batched-reads-it";

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void dropScratchCollection() {
        mongo.dropCollection(COLLECTION);
    }

    @Test
    void readsAResultOfMoreThanOneReplyMessageInBatches() {
        String megabyte = "x".repeat(1024 * 1024);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            documents.add(new Document("_id", "doc-" + i).append("n", i).append("payload", megabyte));
        }
        mongo.insert(documents, COLLECTION);
        Query all = Query.query(Criteria.where("n").gte(0));
        assertThatThrownBy(() -> mongo.find(all, Document.class, COLLECTION))
                .as("the reason for BatchedReads: 60 MB in one reply is refused").hasMessageContaining("48000000");

        List<Document> read = BatchedReads.all(mongo, all, Document.class, COLLECTION, 10);

        assertThat(read).hasSize(60);
        assertThat(read.stream().map(document -> document.getString("_id")).distinct()).hasSize(60);
        assertThat(read).allSatisfy(document -> assertThat(document.getString("payload")).hasSize(1024 * 1024));
    }
}
