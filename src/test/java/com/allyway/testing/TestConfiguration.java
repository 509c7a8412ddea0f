package com.allyway.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What integration tests add to the application: a clock they can move, and fixtures. */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
class TestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    Fixtures fixtures(org.springframework.context.ApplicationContext context) {
        return new Fixtures(context);
    }
}
