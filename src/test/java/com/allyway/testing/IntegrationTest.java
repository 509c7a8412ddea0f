package com.allyway.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its own embedded MongoDB (a fresh directory under
 * {@code target/test-data}) and the demo data, as a newcomer would run it. Every integration test uses exactly
 * this configuration, so Spring starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "allyway.data-dir=target/test-data/${random.uuid}",
        "allyway.demo=true",
        "allyway.sign-in.max-failed-attempts=5",
        "allyway.sign-in.lockout-duration=15m",
        "allyway.invitation.validity=7d",
        "allyway.api.requests-per-minute=30",
        "allyway.webhooks.allow-http-to-localhost=true",
        "allyway.webhooks.poll-interval=1h",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TestConfiguration.SMTP_PORT,
        "vaadin.devmode.devTools.enabled=false"})
@Import(TestConfiguration.class)
public @interface IntegrationTest {
}
