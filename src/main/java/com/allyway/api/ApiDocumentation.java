package com.allyway.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: the {@code /api/**} endpoints and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI allywayApi() {
        return new OpenAPI()
                .info(new Info().title("Allyway API").version("v1").description("Log introductions from your own"
                        + " systems and follow their status. Every request carries an API key of your organization"
                        + " (an organization admin creates it under \"API keys\"); errors are RFC 9457 problem"
                        + " details."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
