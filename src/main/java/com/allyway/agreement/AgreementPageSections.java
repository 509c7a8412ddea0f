package com.allyway.agreement;

import com.allyway.agreement.ui.AgreementsSection;
import com.allyway.relationship.ui.RelationshipSection;
import com.allyway.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the agreement history to the relationship page, which knows nothing about agreements itself. */
@Configuration(proxyBeanMethods = false)
class AgreementPageSections {

    @Bean
    RelationshipSection agreementsSection(AgreementService agreements, CurrentUser currentUser) {
        return new AgreementsSection(agreements, currentUser);
    }
}
