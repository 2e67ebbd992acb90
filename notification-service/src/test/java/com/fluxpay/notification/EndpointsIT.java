package com.fluxpay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.contracts.notification.UpdateWebhookEndpoint;
import com.fluxpay.notification.support.Gateway;
import com.fluxpay.notification.support.Merchant;
import com.fluxpay.notification.support.NotificationIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EndpointsIT extends NotificationIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_registered_endpoint_is_announced_without_its_secret_and_stored_only_sealed() throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String secret = Gateway.newSecret();

        gateway.register(endpointId, "tenant-a", Merchant.endpoint(endpointId).url(), "test", secret,
                List.of("order.created"));

        var record = gateway.awaitEvent(endpointId, "notification.endpoint.registered");
        JsonNode registered = JSON.readTree(record.value());
        assertThat(record.value()).doesNotContain(secret).doesNotContain(secret.substring(6));
        assertThat(registered.get("secretKeyId").asText()).isEqualTo(secretBox.activeKeyId());
        assertThat(registered.get("eventTypes").get(0).asText()).isEqualTo("order.created");
        var stored = jdbc.queryForMap("SELECT secret, secret_key_id FROM webhook_endpoint WHERE id = ?", endpointId);
        assertThat((String) stored.get("secret")).doesNotContain(secret.substring(6));
        assertThat(secretBox.open((String) stored.get("secret"))).isEqualTo(secret);
    }

    @Test
    void a_live_endpoint_on_a_loopback_or_private_address_is_refused() throws Exception {
        var gateway = gateway();
        for (String url : List.of("http://localhost:8080/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook",
                "https://[::1]/hook", "https://169.254.169.254/latest/meta-data")) {
            String endpointId = Gateway.newEndpointId();
            gateway.register(endpointId, "tenant-a", url, "live", Gateway.newSecret(), List.of());
            JsonNode rejected = JSON.readTree(
                    gateway.awaitEvent(endpointId, "notification.endpoint.command.rejected").value());
            assertThat(rejected.get("code").asText()).as(url).isEqualTo("NTF_001");
        }
    }

    @Test
    void a_url_that_is_not_http_or_a_secret_that_cannot_be_opened_is_refused() throws Exception {
        var gateway = gateway();
        String ftp = Gateway.newEndpointId();
        gateway.register(ftp, "tenant-a", "ftp://example.com/hook", "test", Gateway.newSecret(), List.of());
        String badSecret = Gateway.newEndpointId();
        gateway.probe().send(com.fluxpay.contracts.notification.NotificationEventTypes.REGISTER_ENDPOINT, badSecret,
                "tenant-a", new com.fluxpay.contracts.notification.RegisterWebhookEndpoint(badSecret, "tenant-a",
                        Merchant.endpoint(badSecret).url(), List.of(), null, true, "test", "nokey:AAAA"));

        assertThat(JSON.readTree(gateway.awaitEvent(ftp, "notification.endpoint.command.rejected").value())
                .get("code").asText()).isEqualTo("NTF_001");
        assertThat(JSON.readTree(gateway.awaitEvent(badSecret, "notification.endpoint.command.rejected").value())
                .get("code").asText()).isEqualTo("NTF_004");
    }

    @Test
    void an_endpoint_receives_only_the_types_it_subscribes_to_and_nothing_after_it_is_deleted() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId);
        gateway.register(endpointId, tenant, merchant.url(), "test", Gateway.newSecret(), List.of("order.canceled"));
        gateway.awaitEvent(endpointId, "notification.endpoint.registered");

        UUID created = gateway.orderCreated("ord_" + UUID.randomUUID(), tenant);
        UUID canceled = gateway.orderCanceled("ord_" + UUID.randomUUID(), tenant);
        await().atMost(Duration.ofSeconds(30)).until(() -> merchant.receivedWithId(canceled.toString()).size() == 1);
        assertThat(merchant.receivedWithId(created.toString())).isEmpty();

        gateway.delete(endpointId, tenant);
        gateway.awaitEvent(endpointId, "notification.endpoint.deleted");
        UUID afterDelete = gateway.orderCanceled("ord_" + UUID.randomUUID(), tenant);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4))
                .until(() -> merchant.receivedWithId(afterDelete.toString()).isEmpty());
    }

    @Test
    void a_subscription_to_order_cancelled_the_name_before_one_spelling_is_one_to_order_canceled_and_gets_both()
            throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId);
        gateway.register(endpointId, tenant, merchant.url(), "test", Gateway.newSecret(), List.of("order.cancelled"));

        assertThat(JSON.readTree(gateway.awaitEvent(endpointId, "notification.endpoint.registered").value())
                .get("eventTypes").toString()).isEqualTo("[\"order.canceled\"]");
        UUID canceled = gateway.orderCanceled("ord_" + UUID.randomUUID(), tenant);
        UUID inFlight = gateway.orderCancelledBeforeTheRename("ord_" + UUID.randomUUID(), tenant);
        await().atMost(Duration.ofSeconds(30)).until(() -> merchant.receivedWithId(canceled.toString()).size() == 1
                && merchant.receivedWithId(inFlight.toString()).size() == 1);
    }

    @Test
    void an_endpoint_stored_subscribed_to_order_cancelled_before_the_upgrade_gets_order_canceled_after_V3()
            throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        var merchant = Merchant.endpoint(endpointId);
        gateway.register(endpointId, tenant, merchant.url(), "test", Gateway.newSecret(), List.of("order.created"));
        gateway.awaitEvent(endpointId, "notification.endpoint.registered");
        jdbc.update("UPDATE webhook_endpoint SET event_types = 'order.cancelled order.created' WHERE id = ?", endpointId);

        jdbc.execute(new String(getClass().getResourceAsStream("/db/migration/V3__order_canceled_subscriptions.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));

        assertThat(jdbc.queryForObject("SELECT event_types FROM webhook_endpoint WHERE id = ?", String.class,
                endpointId)).isEqualTo("order.cancelled order.created order.canceled");
        UUID canceled = gateway.orderCanceled("ord_" + UUID.randomUUID(), tenant);
        await().atMost(Duration.ofSeconds(30)).until(() -> merchant.receivedWithId(canceled.toString()).size() == 1);
    }

    @Test
    void every_endpoint_event_states_the_status_it_leaves_the_endpoint_in_and_a_version_one_higher() throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        String tenant = "tenant-" + UUID.randomUUID();
        gateway.registerAndAwait(endpointId, tenant, Merchant.endpoint(endpointId).url(), Gateway.newSecret());
        gateway.update(new UpdateWebhookEndpoint(endpointId, tenant, null, null, null, false, null));
        gateway.awaitEvent(endpointId, "notification.endpoint.updated");
        gateway.rotate(endpointId, tenant, Gateway.newSecret(), Duration.ofHours(1));
        gateway.awaitEvent(endpointId, "notification.endpoint.secret.rotated");
        gateway.delete(endpointId, tenant);

        assertThat(List.of(stateOf(gateway.awaitEvent(endpointId, "notification.endpoint.registered").value()),
                stateOf(gateway.awaitEvent(endpointId, "notification.endpoint.updated").value()),
                stateOf(gateway.awaitEvent(endpointId, "notification.endpoint.secret.rotated").value()),
                stateOf(gateway.awaitEvent(endpointId, "notification.endpoint.deleted").value())))
                .containsExactly("ACTIVE v1", "DISABLED v2", "DISABLED v3", "DELETED v4");
    }

    private static String stateOf(String payload) throws Exception {
        JsonNode event = JSON.readTree(payload);
        return event.get("status").asText() + " v" + event.get("version").asLong();
    }

    @Test
    void another_tenant_cannot_change_an_endpoint() throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        gateway.registerAndAwait(endpointId, "tenant-owner", Merchant.endpoint(endpointId).url(), Gateway.newSecret());

        gateway.update(new UpdateWebhookEndpoint(endpointId, "tenant-intruder", null, null, null, false, null));

        JsonNode rejected = JSON.readTree(
                gateway.awaitEvent(endpointId, "notification.endpoint.command.rejected").value());
        assertThat(rejected.get("code").asText()).isEqualTo("NTF_002");
        assertThat(jdbc.queryForObject("SELECT enabled FROM webhook_endpoint WHERE id = ?", Boolean.class, endpointId))
                .isTrue();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void a_command_that_cannot_be_read_goes_to_the_dead_letter_topic() {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        var unreadable = new com.fluxpay.contracts.EventType<Map>("notification.endpoint.register", 1,
                com.fluxpay.contracts.Topics.NOTIFICATION_COMMANDS, Map.class);

        gateway.probe().send(unreadable, endpointId, "tenant-a",
                Map.of("endpointId", endpointId, "tenantId", "tenant-a", "eventTypes", Map.of("not", "a list")));

        gateway.probe().awaitEvent(com.fluxpay.contracts.Topics.deadLetterOf("notification"), endpointId,
                "notification.endpoint.register", Duration.ofSeconds(30));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_endpoint WHERE id = ?", Integer.class, endpointId))
                .isZero();
    }

    @Test
    void replaying_a_message_the_tenant_does_not_have_is_refused() throws Exception {
        var gateway = gateway();
        String endpointId = Gateway.newEndpointId();
        gateway.registerAndAwait(endpointId, "tenant-a", Merchant.endpoint(endpointId).url(), Gateway.newSecret());

        gateway.replay(endpointId, "tenant-a", UUID.randomUUID());

        JsonNode rejected = JSON.readTree(
                gateway.awaitEvent(endpointId, "notification.endpoint.command.rejected").value());
        assertThat(rejected.get("code").asText()).isEqualTo("NTF_006");
    }
}
