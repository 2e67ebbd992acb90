package com.fluxpay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.notification.adapter.in.scheduling.DeliveryDispatcher;
import com.fluxpay.notification.application.DispatchingDeliveries;
import com.fluxpay.notification.application.port.ClaimedDelivery;
import com.fluxpay.notification.support.Gateway;
import com.fluxpay.notification.support.Merchant;
import com.fluxpay.notification.support.NotificationIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instance that dies mid-delivery leaves only database rows behind. These tests leave exactly those rows:
 * the dispatcher is stopped, the test claims and POSTs as the dying instance would, and never records the
 * outcome, as if the process were killed right after the merchant answered. Then the dispatcher starts
 * again, as a new instance would.
 */
class CrashRecoveryIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    DeliveryDispatcher dispatcher;
    @Autowired
    DispatchingDeliveries dispatching;

    private String deliveryState(UUID messageId) {
        return jdbc.queryForObject("SELECT state FROM webhook_delivery WHERE message_id = ?", String.class, messageId);
    }

    @Test
    void a_webhook_sent_by_an_instance_killed_before_it_recorded_the_answer_is_sent_again_with_the_same_id_once() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        UUID messageId;
        dispatcher.stop();
        try {
            messageId = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
            UUID id = messageId;
            await().atMost(WAIT).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM webhook_delivery WHERE message_id = ?", Integer.class, id) == 1);
            List<ClaimedDelivery> claimed = dispatching.claim(10).stream()
                    .filter(claim -> claim.message().id().equals(id)).toList();
            assertThat(claimed).hasSize(1);
            dispatching.send(claimed.getFirst());
            // killed here: the merchant has the webhook, the database does not know
        } finally {
            dispatcher.start();
        }
        UUID id = messageId;
        assertThat(merchant.receivedWithId(id.toString())).hasSize(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4))
                .until(() -> merchant.receivedWithId(id.toString()).size() == 1);

        clock.advance(Duration.ofSeconds(31));

        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(deliveryState(id)));
        var sent = merchant.receivedWithId(id.toString());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString());
        assertThat(jdbc.queryForList("SELECT a.outcome FROM webhook_attempt a JOIN webhook_delivery d "
                + "ON d.id = a.delivery_id WHERE d.message_id = ? ORDER BY a.id", String.class, id))
                .containsExactly("ABANDONED", "SUCCEEDED");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4))
                .until(() -> merchant.receivedWithId(id.toString()).size() == 2);
    }

    @Test
    void two_dispatchers_on_one_database_send_each_webhook_once() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        var second = new DeliveryDispatcher(dispatching, Duration.ofMillis(10), 16, Duration.ofSeconds(5),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        second.start();
        try {
            for (int i = 0; i < 20; i++) {
                gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
            }
            await().atMost(WAIT).until(() -> merchant.received().size() >= 20);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4))
                    .until(() -> merchant.received().size() == 20);
        } finally {
            second.stop();
        }
        assertThat(merchant.received().stream().map(request -> request.getHeader("webhook-id")).distinct())
                .hasSize(20);
    }

    @Test
    void a_dispatcher_stopped_while_a_slow_webhook_is_in_flight_records_its_answer_before_stopping() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId).answersSlowly(1_500);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        UUID messageId = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT count(*) FROM webhook_attempt a JOIN "
                + "webhook_delivery d ON d.id = a.delivery_id WHERE d.message_id = ? AND a.outcome = 'IN_FLIGHT'",
                Integer.class, messageId) == 1);

        dispatcher.stop();
        try {
            assertThat(deliveryState(messageId)).isEqualTo("SUCCEEDED");
        } finally {
            dispatcher.start();
        }
        clock.advance(Duration.ofSeconds(31));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4))
                .until(() -> merchant.receivedWithId(messageId.toString()).size() == 1);
    }
}
