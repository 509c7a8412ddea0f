package com.allyway.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What integration tests add to the application: a clock they can move, fixtures, and a real SMTP server
 * (GreenMail, on {@link #SMTP_PORT}, which {@link IntegrationTest} points Spring Mail at).
 */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    public static final int SMTP_PORT = 39125;

    @Bean(destroyMethod = "stop")
    GreenMail smtpServer() {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @Bean
    Fixtures fixtures(org.springframework.context.ApplicationContext context) {
        return new Fixtures(context);
    }
}
