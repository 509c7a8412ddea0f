package com.allyway.api;

import com.allyway.api.ui.ApiKeysSection;
import com.allyway.relationship.ui.RelationshipSection;
import com.allyway.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds an organization's API keys to the relationship page, for Allyway's admins. */
@Configuration(proxyBeanMethods = false)
class ApiPageSections {

    @Bean
    RelationshipSection apiKeysSection(ApiKeyService keys, CurrentUser currentUser) {
        return new ApiKeysSection(keys, currentUser);
    }
}
