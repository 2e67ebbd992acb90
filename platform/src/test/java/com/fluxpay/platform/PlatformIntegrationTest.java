package com.fluxpay.platform;

import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.testapp.PlatformTestApplication;
import com.fluxpay.platform.testapp.ThingConsumer;
import com.fluxpay.testing.RealInfrastructure;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The platform inside a real Spring Boot service, against real Kafka and Postgres. */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
// tracing is what TracePropagationIT checks; Boot's tests switch it off unless asked
@AutoConfigureObservability
abstract class PlatformIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ThingConsumer consumer;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    PlatformFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PlatformFixture(outbox, new TransactionTemplate(transactionManager), jdbc, dataSource,
                bootstrapServers);
    }
}
