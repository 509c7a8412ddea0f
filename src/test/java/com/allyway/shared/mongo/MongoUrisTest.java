package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MongoUrisTest {

    @Test
    void withoutAnyUriTheEmbeddedServerIsTheDefault() {
        assertThat(MongoUris.configuredUri(new MockEnvironment())).isEmpty();
        assertThat(MongoUris.configuredUri(new MockEnvironment().withProperty("MONGODB_URI", "  "))).isEmpty();
    }

    @Test
    void mongodbUriWinsOverSpringBootsPropertiesWhichWinOverTheOldName() {
        MockEnvironment all = new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://a/x")
                .withProperty("spring.mongodb.uri", "mongodb://b/x")
                .withProperty("spring.data.mongodb.uri", "mongodb://c/x");
        assertThat(MongoUris.configuredUri(all)).contains("mongodb://a/x");
        assertThat(MongoUris.configuredUri(new MockEnvironment()
                .withProperty("spring.mongodb.uri", "mongodb://b/x")
                .withProperty("spring.data.mongodb.uri", "mongodb://c/x"))).contains("mongodb://b/x");
        assertThat(MongoUris.configuredUri(new MockEnvironment()
                .withProperty("spring.data.mongodb.uri", "mongodb://c/x"))).contains("mongodb://c/x");
    }
}
