package com.fluxpay.credit;

import com.fluxpay.platform.testing.KafkaProbe;
import com.fluxpay.testing.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
class CreditServiceIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void credit_service_answers_a_fleet_ping_through_its_outbox() {
        new KafkaProbe(kafka).awaitPingAnswerFrom("credit-service", Duration.ofSeconds(20));
    }
}
