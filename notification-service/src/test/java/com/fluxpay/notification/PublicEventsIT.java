package com.fluxpay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentFailed;
import com.fluxpay.notification.support.NotificationIntegrationTest;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicEventsIT extends NotificationIntegrationTest {

    private long messagesAbout(String resourceId) {
        return jdbc.queryForObject("SELECT count(*) FROM outgoing_message WHERE resource_id = ?", Long.class,
                resourceId);
    }

    private Map<String, Object> message(UUID id) {
        return jdbc.queryForMap("SELECT tenant_id, event_type, resource_id, payload FROM outgoing_message WHERE id = ?",
                id);
    }

    @Test
    void a_redelivered_event_records_one_message_under_the_event_id() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        var created = new OrderCreated(orderId, "tenant-a", 15_000, "KRW", "a book", Map.of("sku", "b-1"), "PENDING",
                Instant.now());
        UUID eventId = probe.send(EventTypes.ORDER_CREATED, orderId, "tenant-a", created);
        probe.resend(EventTypes.ORDER_CREATED, eventId, orderId, "tenant-a", created);

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesAbout(orderId) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> messagesAbout(orderId) == 1);
        String published = probe.eventsWithKey(Topics.ORDER_EVENTS, orderId).getFirst().value();
        assertThat(message(eventId)).containsEntry("tenant_id", "tenant-a").containsEntry("event_type", "order.created")
                .containsEntry("resource_id", orderId).containsEntry("payload", published);
    }

    @Test
    void a_rejected_order_is_recorded_too() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        UUID eventId = probe.send(EventTypes.ORDER_REJECTED, orderId, "tenant-b",
                new OrderRejected(orderId, "tenant-b", "ORD_002", "UNKNOWN_CURRENCY", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesAbout(orderId) == 1);
        assertThat(message(eventId)).containsEntry("tenant_id", "tenant-b")
                .containsEntry("event_type", "order.rejected");
        assertThat((String) message(eventId).get("payload")).contains("\"code\":\"ORD_002\"");
    }

    @Test
    void a_payment_event_is_recorded_about_its_payment() {
        var probe = new KafkaProbe(kafka);
        String paymentId = "pay_" + UUID.randomUUID();
        UUID eventId = probe.send(PaymentEventTypes.FAILED, paymentId, "tenant-c", new PaymentFailed(paymentId,
                "ord_1", "tenant-c", 15_000, "KRW", "sandbox", "PAY_001", "declined", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesAbout(paymentId) == 1);
        assertThat(message(eventId)).containsEntry("event_type", "payment.failed");
    }

    @Test
    void a_public_event_naming_no_tenant_is_dead_lettered_not_recorded() {
        var probe = new KafkaProbe(kafka);
        String orderId = "ord_" + UUID.randomUUID();
        probe.send(EventTypes.ORDER_REJECTED, orderId, null,
                new OrderRejected(orderId, null, "ORD_002", "UNKNOWN_CURRENCY", Instant.now()));

        probe.awaitEvent(Topics.deadLetterOf("notification"), orderId, "order.rejected", Duration.ofSeconds(20));
        assertThat(messagesAbout(orderId)).isZero();
    }

    @Test
    void notification_service_answers_a_fleet_ping_through_its_outbox() {
        new KafkaProbe(kafka).awaitPingAnswerFrom("notification-service", Duration.ofSeconds(20));
    }
}
