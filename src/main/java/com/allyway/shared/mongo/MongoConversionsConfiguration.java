package com.allyway.shared.mongo;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Spring Data's conversions with the hand-written {@link StoredFormWriter}s added. Everything else is as Spring
 * Boot configures it by default (no property here changes how numbers or dates are stored).
 */
@Configuration(proxyBeanMethods = false)
class MongoConversionsConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions(List<StoredFormWriter<?>> writers) {
        return MongoCustomConversions.create(adapter -> writers.forEach(adapter::registerConverter));
    }
}
