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

    /**
     * The URI with {@value #DEFAULT_DATABASE} as database when it names none ({@code mongodb://host/?opts} or
     * {@code mongodb://host}), because a URI without a database would otherwise put Allyway's data into "test".
     */
    static String withDefaultDatabase(String uri) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("Not a MongoDB connection string (expected mongodb://...): " + uri);
        }
        int authorityStart = schemeEnd + 3;
        int slash = uri.indexOf('/', authorityStart);
        int query = uri.indexOf('?', authorityStart);
        if (slash < 0 || (query >= 0 && query < slash)) {
            int insertAt = query < 0 ? uri.length() : query;
            return uri.substring(0, insertAt) + "/" + DEFAULT_DATABASE + uri.substring(insertAt);
        }
        boolean databaseNamed = slash + 1 < uri.length() && uri.charAt(slash + 1) != '?';
        return databaseNamed ? uri : uri.substring(0, slash + 1) + DEFAULT_DATABASE + uri.substring(slash + 1);
    }
}
