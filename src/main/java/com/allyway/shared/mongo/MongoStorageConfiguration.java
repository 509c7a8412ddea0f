package com.allyway.shared.mongo;

import com.allyway.shared.AllywayProperties;
import com.mongodb.ConnectionString;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the MongoDB Allyway talks to: the one named by {@link MongoUris}, or else an embedded server on a free
 * loopback port. Everything above this class (Spring Data, the driver, indexes) is identical in both cases.
 */
@Configuration(proxyBeanMethods = false)
class MongoStorageConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalMongoConfigured.class)
    EmbeddedMongoServer embeddedMongoServer(AllywayProperties properties) {
        return EmbeddedMongoServer.start(properties.dataDir(), properties.embeddedCacheMegabytes());
    }

    /** Replaces Spring Boot's property-based details, so that every way of naming the URI is honoured alike. */
    @Bean
    MongoConnectionDetails mongoConnectionDetails(Environment environment,
            ObjectProvider<EmbeddedMongoServer> embeddedServer) {
        String uri = MongoUris.configuredUri(environment)
                .orElseGet(() -> embeddedServer.getObject().connectionString(MongoUris.DEFAULT_DATABASE));
        ConnectionString connectionString = new ConnectionString(uri);
        return () -> connectionString;
    }

    static final class NoExternalMongoConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return MongoUris.configuredUri(context.getEnvironment()).isEmpty();
        }
    }
}
