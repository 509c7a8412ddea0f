package com.allyway.shared.mongo;

import com.mongodb.ConnectionString;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@code spring.mongodb.database} a lowest-precedence default: the database the MongoDB URI names, else
 * {@value MongoUris#DEFAULT_DATABASE}. Spring Boot needs a database name from one of the two, and rewriting the URI
 * instead would change where the driver authenticates. Runs after the configuration files are read.
 */
class DefaultDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "allywayMongoDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String database = MongoUris.configuredUri(environment).map(ConnectionString::new)
                .map(ConnectionString::getDatabase).orElse(MongoUris.DEFAULT_DATABASE);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE,
                Map.of("spring.mongodb.database", database)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
