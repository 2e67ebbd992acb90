package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhook endpoint API through the gateway alone: this test plays notification-service on Kafka. */
class WebhookEndpointApiIT extends GatewayIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("\"secret\":\"(whsec_[^\"]+)\"");
    private static final Pattern SEALED = Pattern.compile("\"encryptedSecret\":\"([^\"]+)\"");

    @Autowired
    SecretBox secretBox;

    @Test
    void a_new_endpoint_gets_a_secret_shown_once_and_sent_on_only_sealed() throws Exception {
        var response = merchant.post("/api/v1/webhook-endpoints",
                "{\"url\":\"http://127.0.0.1:9/hooks\",\"eventTypes\":[\"payment.approved\"]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String endpointId = GatewayClient.idOf(response.body());
        Matcher secret = SECRET.matcher(response.body());
        assertThat(secret.find()).isTrue();

        var command = new KafkaProbe(kafka).awaitEvent(Topics.NOTIFICATION_COMMANDS, endpointId,
                "notification.endpoint.register", Duration.ofSeconds(10));
        assertThat(command.value()).doesNotContain(secret.group(1)).contains("\"mode\":\"test\"");
        Matcher sealed = SEALED.matcher(command.value());
        assertThat(sealed.find()).isTrue();
        assertThat(secretBox.open(sealed.group(1))).isEqualTo(secret.group(1));

        new KafkaProbe(kafka).send(NotificationEventTypes.ENDPOINT_REGISTERED, endpointId, merchant.tenantId,
                new WebhookEndpointRegistered(endpointId, merchant.tenantId, "http://127.0.0.1:9/hooks",
                        List.of("payment.approved"), null, true, "test", "local", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/webhook-endpoints/" + endpointId)
                .body().contains("\"ACTIVE\""));
        assertThat(merchant.get("/api/v1/webhook-endpoints/" + endpointId).body()).doesNotContain("whsec_");
        assertThat(merchant.get("/api/v1/webhook-endpoints").body()).contains(endpointId);
    }

    @Test
    void a_refusal_from_notification_service_shows_on_the_endpoint() throws Exception {
        String endpointId = GatewayClient.idOf(merchant.post("/api/v1/webhook-endpoints",
                "{\"url\":\"http://127.0.0.1:9/hooks\"}").body());
        new KafkaProbe(kafka).send(NotificationEventTypes.COMMAND_REJECTED, endpointId, merchant.tenantId,
                new WebhookEndpointCommandRejected(endpointId, merchant.tenantId, "register", "NTF_001", "no", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/webhook-endpoints/" + endpointId)
                .body().contains("\"REJECTED\""));
    }

    @Test
    void a_url_that_is_not_http_or_an_unknown_event_type_is_refused_at_the_gateway() throws Exception {
        var response = merchant.post("/api/v1/webhook-endpoints",
                "{\"url\":\"ftp://example.com/x\",\"eventTypes\":[\"payment.approved\",\"order.create\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"url\"", "\"field\":\"eventTypes\"");
    }

    @Test
    void another_tenants_endpoint_does_not_exist_for_the_caller() throws Exception {
        String endpointId = GatewayClient.idOf(merchant.post("/api/v1/webhook-endpoints",
                "{\"url\":\"http://127.0.0.1:9/hooks\"}").body());

        var stranger = GatewayClient.forNewTenant(port, "stranger");
        assertThat(stranger.get("/api/v1/webhook-endpoints/" + endpointId).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/webhook-endpoints/" + endpointId + "/rotate-secret", "{}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void replaying_one_message_sends_the_command_with_its_webhook_id() throws Exception {
        String endpointId = GatewayClient.idOf(merchant.post("/api/v1/webhook-endpoints",
                "{\"url\":\"http://127.0.0.1:9/hooks\"}").body());
        String messageId = java.util.UUID.randomUUID().toString();

        var replay = merchant.post("/api/v1/webhook-endpoints/" + endpointId + "/messages/" + messageId + "/replay", "{}");
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(new KafkaProbe(kafka).awaitEvent(Topics.NOTIFICATION_COMMANDS, endpointId,
                "notification.message.replay", Duration.ofSeconds(10)).value()).contains(messageId);
        assertThat(merchant.post("/api/v1/webhook-endpoints/" + endpointId + "/messages/not-a-uuid/replay", "{}")
                .statusCode()).isEqualTo(400);
    }
}
