package com.fluxpay.payment;

import com.fluxpay.platform.testing.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every payment scenario test starts with: the shared context, a Kafka probe, the payment tables, and
 * a sandbox whose lost-answer scenario is back at "no charges" (a tok_timeout charge switches it).
 */
@PaymentServiceIT
abstract class PaymentServiceScenario {

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    KafkaProbe probe;
    PaymentRows rows;

    @BeforeEach
    void freshScenario() {
        probe = new KafkaProbe(kafka);
        rows = new PaymentRows(jdbc);
        SandboxPsp.server().resetScenarios();
    }
}
