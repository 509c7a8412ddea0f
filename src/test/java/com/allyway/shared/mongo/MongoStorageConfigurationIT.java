package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.shared.AllywayProperties;
import com.mongodb.ConnectionString;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Which MongoDB the application uses, decided from configuration alone. */
class MongoStorageConfigurationIT {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class, MongoStorageConfiguration.class);

    @Test
    void withoutAUriTheEmbeddedServerStartsInTheDataDirectory() {
        runner.withPropertyValues("allyway.data-dir=" + dataDir).run(context -> {
            EmbeddedMongoServer server = context.getBean(EmbeddedMongoServer.class);
            assertThat(server.dataFile()).startsWith(dataDir.toAbsolutePath());
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString())
                    .isEqualTo("mongodb://127.0.0.1:" + server.port() + "/allyway");
        });
    }

    @Test
    void withMongodbUriNoEmbeddedServerStartsAndThatUriIsUsed() {
        runner.withPropertyValues("allyway.data-dir=" + dataDir,
                "MONGODB_URI=mongodb://mongo:27017/?replicaSet=rs0").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString())
                    .isEqualTo("mongodb://mongo:27017/?replicaSet=rs0");
        });
        assertThat(dataDir.resolve(EmbeddedMongoServer.DATA_FILE_NAME)).doesNotExist();
    }

    @Test
    void credentialsInTheUriKeepAuthenticatingWhereTheySayEvenWithoutADatabase() {
        runner.withPropertyValues("MONGODB_URI=mongodb://root:secret@mongo:27017/?replicaSet=rs0").run(context -> {
            ConnectionString uri = context.getBean(MongoConnectionDetails.class).getConnectionString();
            assertThat(uri.getCredential().getSource()).isEqualTo("admin");
        });
    }

    @Test
    void springBootsOwnUriPropertyWorksToo() {
        runner.withPropertyValues("spring.mongodb.uri=mongodb://db.internal:27017/portal").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getDatabase())
                    .isEqualTo("portal");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AllywayProperties.class)
    static class PropertiesOnly {
    }
}
