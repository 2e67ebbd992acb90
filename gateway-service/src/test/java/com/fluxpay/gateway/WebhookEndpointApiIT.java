package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Json;
import com.fluxpay.client.Requests.NewWebhookEndpoint;
import com.fluxpay.client.WebhookEndpoint;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.notification.RegisterWebhookEndpoint;
import com.fluxpay.contracts.notification.ReplayWebhookMessage;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhook endpoint API through the gateway alone: this test plays notification-service on Kafka. */
class WebhookEndpointApiIT extends GatewayIntegrationTest {

    private static final NewWebhookEndpoint HOOKS = NewWebhookEndpoint.at("http://127.0.0.1:9/hooks");

    @Autowired
    SecretBox secretBox;

    private WebhookEndpoint.Status statusOf(String endpointId) {
        return merchant.endpoint(endpointId).value().status();
    }

    @Test
    void a_new_endpoint_gets_a_secret_shown_once_and_sent_on_only_sealed() throws Exception {
        var response = merchant.registerEndpoint(NewWebhookEndpoint.at("http://127.0.0.1:9/hooks", "payment.approved"));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String endpointId = response.value().id();
        String secret = response.value().secret();
        assertThat(secret).startsWith("whsec_");

        var command = new KafkaProbe(kafka).awaitEvent(Topics.NOTIFICATION_COMMANDS, endpointId,
                "notification.endpoint.register", Duration.ofSeconds(10));
        assertThat(command.value()).doesNotContain(secret);
        var sent = Json.read(command.value(), RegisterWebhookEndpoint.class);
        assertThat(sent.mode()).isEqualTo("test");
        assertThat(secretBox.open(sent.encryptedSecret())).isEqualTo(secret);

        new KafkaProbe(kafka).send(NotificationEventTypes.ENDPOINT_REGISTERED, endpointId, tenantId,
                new WebhookEndpointRegistered(endpointId, tenantId, "http://127.0.0.1:9/hooks",
                        List.of("payment.approved"), null, true, "test", "local", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(endpointId) == WebhookEndpoint.Status.ACTIVE);
        var read = merchant.endpoint(endpointId);
        assertThat(read.body()).doesNotContain("whsec_");
        assertThat(read.value().secret()).isNull();
        assertThat(merchant.endpoints(null, null).value().data()).extracting(WebhookEndpoint::id).contains(endpointId);
    }

    @Test
    void a_refusal_from_notification_service_shows_on_the_endpoint() throws Exception {
        String endpointId = merchant.registerEndpoint(HOOKS).value().id();
        new KafkaProbe(kafka).send(NotificationEventTypes.COMMAND_REJECTED, endpointId, tenantId,
                new WebhookEndpointCommandRejected(endpointId, tenantId, "register", "NTF_001", "no", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(endpointId) == WebhookEndpoint.Status.REJECTED);
    }

    @Test
    void a_url_that_is_not_http_or_an_unknown_event_type_is_refused_at_the_gateway() throws Exception {
        var response = merchant.registerEndpoint(NewWebhookEndpoint.at("ftp://example.com/x", "payment.approved",
                "order.create"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().fields()).contains("url", "eventTypes");
    }

    @Test
    void another_tenants_endpoint_does_not_exist_for_the_caller() throws Exception {
        String endpointId = merchant.registerEndpoint(HOOKS).value().id();

        var stranger = anotherTenant("stranger");
        assertThat(stranger.endpoint(endpointId).status()).isEqualTo(404);
        assertThat(stranger.rotateSecret(endpointId).status()).isEqualTo(404);
    }

    @Test
    void replaying_one_message_sends_the_command_with_its_webhook_id() throws Exception {
        String endpointId = merchant.registerEndpoint(HOOKS).value().id();
        UUID messageId = UUID.randomUUID();

        var replay = merchant.replayMessage(endpointId, messageId.toString());
        assertThat(replay.status()).isEqualTo(202);
        var sent = Json.read(new KafkaProbe(kafka).awaitEvent(Topics.NOTIFICATION_COMMANDS, endpointId,
                "notification.message.replay", Duration.ofSeconds(10)).value(), ReplayWebhookMessage.class);
        assertThat(sent.messageId()).isEqualTo(messageId);
        assertThat(merchant.replayMessage(endpointId, "not-a-uuid").status()).isEqualTo(400);
    }
}
