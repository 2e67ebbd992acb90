package com.fluxpay.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.platform.testing.KafkaProbe;
import com.fluxpay.testing.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
class WaitingRoomServiceIT {

    @Autowired
    HealthEndpoint health;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void waiting_room_service_answers_a_fleet_ping_through_its_outbox() {
        new KafkaProbe(kafka).awaitPingAnswerFrom("waiting-room-service", Duration.ofSeconds(20));
    }

    @Test
    void waiting_room_service_reports_redis_in_its_health_because_its_queues_live_there() {
        assertThat(health.healthForPath("redis")).isNotNull()
                .satisfies(redis -> assertThat(redis.getStatus()).isEqualTo(Status.UP));
    }
}
