package com.fluxpay.subscription;

import com.fluxpay.platform.testing.KafkaProbe;
import com.fluxpay.testing.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
class SubscriptionServiceIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void subscription_service_answers_a_fleet_ping_through_its_outbox() {
        new KafkaProbe(kafka).awaitPingAnswerFrom("subscription-service", Duration.ofSeconds(20));
    }
}
