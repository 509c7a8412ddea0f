package com.allyway.shared;

import com.allyway.shared.mongo.MongoUris;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance shows demo data and demo logins. Set explicitly with {@code ALLYWAY_DEMO}; otherwise on
 * for the embedded default (a newcomer's laptop) and off when a real MongoDB is configured (a company's server).
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(AllywayProperties properties, Environment environment) {
        this.enabled = properties.demo() != null ? properties.demo()
                : MongoUris.configuredUri(environment).isEmpty();
    }

    public boolean isEnabled() {
        return enabled;
    }
}
