package com.fluxpay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.notification.support.Gateway;
import com.fluxpay.notification.support.Merchant;
import com.fluxpay.notification.support.NotificationIntegrationTest;
import com.fluxpay.notification.support.WebhookVerifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookDeliveryIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private String tenant() {
        return "tenant-" + UUID.randomUUID();
    }

    @Test
    void a_public_event_reaches_the_endpoint_signed_so_the_published_algorithm_verifies_it() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = tenant();
        String secret = Gateway.newSecret();
        var merchant = Merchant.endpoint(endpointId);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), secret);

        String orderId = "ord_" + UUID.randomUUID();
        UUID eventId = gateway.orderCreated(orderId, tenant);

        await().atMost(WAIT).until(() -> merchant.received().size() == 1);
        LoggedRequest webhook = merchant.received().getFirst();
        String body = webhook.getBodyAsString();
        assertThat(webhook.getHeader("webhook-id")).isEqualTo(eventId.toString());
        assertThat(webhook.getHeader("webhook-timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(webhook.getHeader("content-type")).startsWith("application/json");
        assertThat(WebhookVerifier.verifies(secret, webhook.getHeader("webhook-id"),
                webhook.getHeader("webhook-timestamp"), body, webhook.getHeader("webhook-signature"))).isTrue();
        assertThat(WebhookVerifier.verifies(Gateway.newSecret(), webhook.getHeader("webhook-id"),
                webhook.getHeader("webhook-timestamp"), body, webhook.getHeader("webhook-signature"))).isFalse();
        assertThat(body).startsWith("{\"type\":\"order.created\",\"timestamp\":\"")
                .contains("\"data\":{\"orderId\":\"" + orderId + "\"");
        gateway.awaitEvent(endpointId, "notification.delivery.succeeded");
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(jdbc.queryForObject(
                "SELECT state FROM webhook_delivery WHERE message_id = ?", String.class, eventId)));
        assertThat(jdbc.queryForMap("SELECT outcome, status_code, response_excerpt, latency_ms FROM webhook_attempt a "
                + "JOIN webhook_delivery d ON d.id = a.delivery_id WHERE d.message_id = ?", eventId))
                .containsEntry("outcome", "SUCCEEDED").containsEntry("status_code", 204)
                .containsKey("latency_ms");
    }

    @Test
    void during_a_secret_rotation_both_secrets_sign_and_after_the_overlap_only_the_new_one() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = tenant();
        String oldSecret = Gateway.newSecret();
        String newSecret = Gateway.newSecret();
        var merchant = Merchant.endpoint(endpointId);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), oldSecret);
        gateway.rotate(endpointId, tenant, newSecret, Duration.ofHours(1));
        gateway.awaitEvent(endpointId, "notification.endpoint.secret.rotated");

        gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        await().atMost(WAIT).until(() -> merchant.received().size() == 1);
        clock.advance(Duration.ofHours(1));
        gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        await().atMost(WAIT).until(() -> merchant.received().size() == 2);

        LoggedRequest during = merchant.received().get(0);
        LoggedRequest after = merchant.received().get(1);
        assertThat(during.getHeader("webhook-signature").split(" ")).hasSize(2);
        assertThat(verifies(oldSecret, during)).isTrue();
        assertThat(verifies(newSecret, during)).isTrue();
        assertThat(after.getHeader("webhook-signature").split(" ")).hasSize(1);
        assertThat(verifies(newSecret, after)).isTrue();
        assertThat(verifies(oldSecret, after)).isFalse();
    }

    @Test
    void a_later_event_of_a_resource_waits_while_an_earlier_one_is_retrying_and_other_resources_do_not() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = tenant();
        var merchant = Merchant.endpoint(endpointId).answersTo("order.created", 503);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        String orderId = "ord_" + UUID.randomUUID();

        UUID created = gateway.orderCreated(orderId, tenant);
        await().atMost(WAIT).until(() -> merchant.receivedWithId(created.toString()).size() == 1);
        UUID canceled = gateway.orderCanceled(orderId, tenant);
        UUID otherResource = gateway.orderCanceled("ord_" + UUID.randomUUID(), tenant);

        await().atMost(WAIT).until(() -> merchant.receivedWithId(otherResource.toString()).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> merchant.receivedWithId(canceled.toString()).isEmpty());

        merchant.answersTo("order.created", 200);
        clock.advance(Duration.ofSeconds(5));
        await().atMost(WAIT).until(() -> merchant.receivedWithId(canceled.toString()).size() == 1);
        List<String> order = merchant.received().stream().map(request -> request.getHeader("webhook-id"))
                .filter(id -> id.equals(created.toString()) || id.equals(canceled.toString())).toList();
        assertThat(order).containsExactly(created.toString(), created.toString(), canceled.toString());
    }

    @Test
    void a_slow_receiver_never_has_more_than_four_attempts_in_flight() throws InterruptedException {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = tenant();
        var merchant = Merchant.endpoint(endpointId).answersSlowly(700);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());

        var ids = new ArrayList<UUID>();
        for (int i = 0; i < 10; i++) {
            ids.add(gateway.orderCreated("ord_" + UUID.randomUUID(), tenant));
        }
        var most = new AtomicInteger();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (merchant.received().size() < 10 && System.nanoTime() < deadline) {
            Integer inFlight = jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? "
                    + "AND state = 'PENDING' AND lease_until IS NOT NULL", Integer.class, endpointId);
            most.accumulateAndGet(inFlight, Math::max);
            Thread.sleep(50);
        }

        assertThat(merchant.received()).hasSize(10);
        assertThat(most.get()).isBetween(1, 4);
    }

    private static boolean verifies(String secret, LoggedRequest webhook) {
        return WebhookVerifier.verifies(secret, webhook.getHeader("webhook-id"), webhook.getHeader("webhook-timestamp"),
                webhook.getBodyAsString(), webhook.getHeader("webhook-signature"));
    }
}
