package com.allyway.shared.mongo;

import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Where Allyway finds its MongoDB. An operator may name it with {@code MONGODB_URI} (what docker-compose and most
 * hosting platforms set), with Spring Boot's {@code spring.mongodb.uri}, or with the older
 * {@code spring.data.mongodb.uri}; with none of them, the embedded server is the default.
 */
public final class MongoUris {

    static final String DEFAULT_DATABASE = "allyway";
    private static final String[] URI_PROPERTIES = {"MONGODB_URI", "spring.mongodb.uri", "spring.data.mongodb.uri"};

    private MongoUris() {
    }

    /** The configured external MongoDB URI, if any property names one. */
    public static Optional<String> configuredUri(Environment environment) {
        for (String property : URI_PROPERTIES) {
            String value = environment.getProperty(property);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }
}
