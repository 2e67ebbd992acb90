package com.fluxpay.notification.support;

import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.testing.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Spring context for every integration test of the service (same annotations, same properties, so
 * Spring's cache shares it): the real service on real Kafka and Postgres, a clock the test moves, and a fast
 * dispatcher poll. Retries are 30 hours of schedule; an endpoint is disabled after 30 hours of failures, so a
 * test can exhaust a message without disabling its endpoint, and disable one with a single jump.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fluxpay.webhooks.poll-interval=50ms", "fluxpay.webhooks.attempt-timeout=3s",
        "fluxpay.webhooks.lease=30s", "fluxpay.webhooks.disable-after=30h"})
@RealInfrastructure
@Import(NotificationIntegrationTest.TestClock.class)
public abstract class NotificationIntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected SecretBox secretBox;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected Gateway gateway() {
        return new Gateway(kafka, secretBox);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }
}
