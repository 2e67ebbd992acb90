package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class OrderEventsIT extends LedgerIntegrationTest {

    private long trackedOrdersWithId(String orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM tracked_order WHERE order_id = ?", Long.class, orderId);
    }

    private static OrderCreated created(String orderId) {
        return new OrderCreated(orderId, "tenant-a", 15_000, "KRW", "a book", Map.of(), "PENDING", Instant.now());
    }

    @Test
    void an_order_created_redelivered_and_announced_again_is_tracked_once() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        var created = created(orderId);
        UUID eventId = probe.send(EventTypes.ORDER_CREATED, orderId, "tenant-a", created);
        probe.resend(EventTypes.ORDER_CREATED, eventId, orderId, "tenant-a", created);
        // the same order announced again under a new event id: the inbox cannot tell, the use case can
        probe.send(EventTypes.ORDER_CREATED, orderId, "tenant-a", created);

        await().atMost(Duration.ofSeconds(20)).until(() -> trackedOrdersWithId(orderId) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> trackedOrdersWithId(orderId) == 1);
        var row = jdbc.queryForMap("SELECT tenant_id, amount, currency, status FROM tracked_order WHERE order_id = ?",
                orderId);
        assertThat(row).containsEntry("tenant_id", "tenant-a").containsEntry("amount", 15_000L)
                .containsEntry("currency", "KRW").containsEntry("status", "PENDING");
    }

    @Test
    void an_order_rejected_is_passed_over_without_a_dead_letter() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        probe.send(EventTypes.ORDER_REJECTED, orderId, "tenant-a",
                new OrderRejected(orderId, "tenant-a", "ORD_002", "UNKNOWN_CURRENCY", Instant.now()));
        // same key, same partition: once this one is tracked, the rejection before it has been dealt with
        probe.send(EventTypes.ORDER_CREATED, orderId, "tenant-a", created(orderId));

        await().atMost(Duration.ofSeconds(20)).until(() -> trackedOrdersWithId(orderId) == 1);
        assertThat(probe.eventsWithKey(Topics.deadLetterOf("ledger"), orderId)).extracting(ConsumerRecord::value)
                .isEmpty();
    }

    @Test
    void ledger_service_answers_a_fleet_ping_through_its_outbox() {
        new KafkaProbe(kafka).awaitPingAnswerFrom("ledger-service", Duration.ofSeconds(20));
    }
}
