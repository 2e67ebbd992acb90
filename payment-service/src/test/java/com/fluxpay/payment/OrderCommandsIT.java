package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@PaymentServiceIT
class OrderCommandsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private long ordersWithId(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM orders WHERE id = ?", Long.class, id);
    }

    @Test
    void a_create_order_command_opens_the_order_and_announces_it() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        probe.send(EventTypes.CREATE_ORDER, orderId, "tenant-a",
                new CreateOrder(orderId, "tenant-a", "req-1", 15_000, "KRW", "a book", Map.of("sku", "b-1")));

        var created = probe.awaitEvent(Topics.ORDER_EVENTS, orderId, "order.created", Duration.ofSeconds(20));
        assertThat(created.value()).contains("\"amount\":15000", "\"currency\":\"KRW\"", "\"status\":\"PENDING\"");
        assertThat(ordersWithId(orderId)).isOne();
    }

    @Test
    void the_same_command_delivered_twice_opens_one_order_and_one_event() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        var command = new CreateOrder(orderId, "tenant-a", "req-2", 100, "USD", null, Map.of());
        UUID eventId = probe.send(EventTypes.CREATE_ORDER, orderId, "tenant-a", command);
        probe.resend(EventTypes.CREATE_ORDER, eventId, orderId, "tenant-a", command);
        // the same order asked for again under a new event id (a gateway retry) is still one order
        probe.send(EventTypes.CREATE_ORDER, orderId, "tenant-a", command);

        probe.awaitEvent(Topics.ORDER_EVENTS, orderId, "order.created", Duration.ofSeconds(20));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> probe.eventsWithKey(Topics.ORDER_EVENTS, orderId).size() == 1);
        assertThat(ordersWithId(orderId)).isOne();
    }

    @Test
    void an_order_in_an_unknown_currency_is_rejected_with_a_stable_code_and_stores_nothing() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        probe.send(EventTypes.CREATE_ORDER, orderId, "tenant-a",
                new CreateOrder(orderId, "tenant-a", "req-3", 100, "XYZ", null, Map.of()));

        var rejected = probe.awaitEvent(Topics.ORDER_EVENTS, orderId, "order.rejected", Duration.ofSeconds(20));
        assertThat(rejected.value()).contains("\"code\":\"ORD_002\"");
        assertThat(ordersWithId(orderId)).isZero();
    }

    @Test
    void payment_service_answers_a_fleet_ping_through_its_outbox() {
        new KafkaProbe(kafka).awaitPingAnswerFrom("payment-service", Duration.ofSeconds(20));
    }
}
