package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DefaultDatabaseEnvironmentPostProcessorTest {

    private final DefaultDatabaseEnvironmentPostProcessor postProcessor = new DefaultDatabaseEnvironmentPostProcessor();

    @Test
    void theEmbeddedDefaultUsesAllyway() {
        assertThat(databaseAfterPostProcessing(new MockEnvironment())).isEqualTo("allyway");
    }

    @Test
    void aUriWithoutDatabaseUsesAllywayAndIsLeftAsItIs() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://root:secret@mongo:27017/?replicaSet=rs0");

        assertThat(databaseAfterPostProcessing(environment)).isEqualTo("allyway");
        assertThat(environment.getProperty("MONGODB_URI")).isEqualTo("mongodb://root:secret@mongo:27017/?replicaSet=rs0");
    }

    @Test
    void theDatabaseTheUriNamesIsKept() {
        assertThat(databaseAfterPostProcessing(new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://h1:1,h2:2/crm?replicaSet=rs0"))).isEqualTo("crm");
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(databaseAfterPostProcessing(new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://h1/crm")
                .withProperty("spring.mongodb.database", "portal"))).isEqualTo("portal");
    }

    private String databaseAfterPostProcessing(MockEnvironment environment) {
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.mongodb.database");
    }
}
