package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aUriWithoutDatabaseGetsAllyways() {
        assertThat(MongoUris.withDefaultDatabase("mongodb://mongo:27017"))
                .isEqualTo("mongodb://mongo:27017/allyway");
        assertThat(MongoUris.withDefaultDatabase("mongodb://mongo:27017/"))
                .isEqualTo("mongodb://mongo:27017/allyway");
        assertThat(MongoUris.withDefaultDatabase("mongodb://mongo:27017/?replicaSet=rs0"))
                .isEqualTo("mongodb://mongo:27017/allyway?replicaSet=rs0");
        assertThat(MongoUris.withDefaultDatabase("mongodb://mongo:27017?replicaSet=rs0"))
                .isEqualTo("mongodb://mongo:27017/allyway?replicaSet=rs0");
        assertThat(MongoUris.withDefaultDatabase("mongodb+srv://u:p@cluster.example.net/?retryWrites=true"))
                .isEqualTo("mongodb+srv://u:p@cluster.example.net/allyway?retryWrites=true");
    }

    @Test
    void aUriThatNamesADatabaseIsKeptAsItIs() {
        assertThat(MongoUris.withDefaultDatabase("mongodb://h1:1,h2:2/crm?replicaSet=rs0"))
                .isEqualTo("mongodb://h1:1,h2:2/crm?replicaSet=rs0");
    }

    @Test
    void somethingThatIsNoConnectionStringIsRefusedWithTheReason() {
        assertThatThrownBy(() -> MongoUris.withDefaultDatabase("localhost:27017"))
                .hasMessageContaining("expected mongodb://");
    }
}
