package com.fluxpay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.notification.support.Gateway;
import com.fluxpay.notification.support.Merchant;
import com.fluxpay.notification.support.NotificationIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetriesIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The schedule docs/webhooks.md publishes, written out again rather than read from the code. */
    private static final List<Duration> PUBLISHED = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Moves the clock through the published schedule; returns each attempt's webhook-timestamp. The clock moves
     * only once the service has recorded the attempt the merchant just answered: the next attempt is scheduled
     * from the clock at that moment, so moving it earlier (the merchant has the request a moment before the
     * service has its answer) shifted the schedule under load and the next attempt never came in time.
     */
    private List<Long> failThroughTheSchedule(Merchant merchant, UUID messageId) {
        var timestamps = new ArrayList<Long>();
        await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == 1);
        for (Duration delay : PUBLISHED) {
            int before = merchant.receivedWithId(messageId.toString()).size();
            await().atMost(WAIT).until(() -> failedAttempts(messageId) == before);
            clock.advance(delay.minusSeconds(1));
            await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3))
                    .until(() -> merchant.receivedWithId(messageId.toString()).size() == before);
            clock.advance(Duration.ofSeconds(1));
            await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == before + 1);
        }
        merchant.receivedWithId(messageId.toString())
                .forEach(request -> timestamps.add(Long.parseLong(request.getHeader("webhook-timestamp"))));
        return timestamps;
    }

    private int failedAttempts(UUID messageId) {
        return jdbc.queryForObject("SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d "
                + "ON d.id = a.delivery_id WHERE d.message_id = ? AND a.outcome = 'FAILED'", Integer.class, messageId);
    }

    @Test
    void a_failing_webhook_is_retried_on_the_published_schedule_then_exhausted_and_replayed_on_request() throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId).answers(500);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        long start = clock.instant().getEpochSecond();

        UUID messageId = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        List<Long> timestamps = failThroughTheSchedule(merchant, messageId);

        var expected = new ArrayList<Long>(List.of(start));
        PUBLISHED.forEach(delay -> expected.add(expected.getLast() + delay.toSeconds()));
        assertThat(timestamps).containsExactlyElementsOf(expected);
        JsonNode exhausted = JSON.readTree(gateway.awaitEvent(endpointId, "notification.delivery.exhausted").value());
        assertThat(exhausted.get("messageId").asText()).isEqualTo(messageId.toString());
        assertThat(exhausted.get("attempts").asInt()).isEqualTo(8);
        assertThat(exhausted.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d "
                + "ON d.id = a.delivery_id WHERE d.message_id = ? AND a.outcome = 'FAILED'", Integer.class, messageId))
                .isEqualTo(8);
        clock.advance(Duration.ofHours(1));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> merchant.receivedWithId(messageId.toString()).size() == 8);

        merchant.answers(200);
        gateway.replayFailed(endpointId, tenant, Instant.parse("2026-11-21T00:00:00Z"));
        await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == 9);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(jdbc.queryForObject(
                "SELECT state FROM webhook_delivery WHERE message_id = ?", String.class, messageId)));
    }

    @Test
    void an_endpoint_failing_for_longer_than_the_configured_period_is_disabled_with_an_event() throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId).answers(502);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        Instant failingSince = clock.instant();
        UUID messageId = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == 1);

        clock.advance(Duration.ofHours(31));
        await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == 2);

        JsonNode disabled = JSON.readTree(gateway.awaitEvent(endpointId, "notification.endpoint.disabled").value());
        assertThat(Instant.parse(disabled.get("failingSince").asText())).isEqualTo(failingSince);
        assertThat(jdbc.queryForObject("SELECT enabled FROM webhook_endpoint WHERE id = ?", Boolean.class, endpointId))
                .isFalse();
        clock.advance(Duration.ofHours(1));
        UUID later = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4))
                .until(() -> merchant.receivedWithId(messageId.toString()).size() == 2
                        && merchant.receivedWithId(later.toString()).isEmpty());
    }

    @Test
    void a_delivered_message_is_sent_again_with_the_same_webhook_id_when_replayed() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId);
        gateway.registerAndAwait(endpointId, tenant, merchant.url(), Gateway.newSecret());
        UUID messageId = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == 1);

        gateway.replay(endpointId, tenant, messageId);

        await().atMost(WAIT).until(() -> merchant.receivedWithId(messageId.toString()).size() == 2);
        var sent = merchant.receivedWithId(messageId.toString());
        assertThat(sent.get(1).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString());
    }
}
