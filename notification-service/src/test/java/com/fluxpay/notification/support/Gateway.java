package com.fluxpay.notification.support;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.DeleteWebhookEndpoint;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.notification.RegisterWebhookEndpoint;
import com.fluxpay.contracts.notification.ReplayFailedWebhookMessages;
import com.fluxpay.contracts.notification.ReplayWebhookMessage;
import com.fluxpay.contracts.notification.RotateWebhookSecret;
import com.fluxpay.contracts.notification.UpdateWebhookEndpoint;
import com.fluxpay.contracts.order.OrderCanceled;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.testing.KafkaProbe;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Plays the gateway and the services that publish public events: sends commands the way the gateway will
 * (secrets generated here, sealed with the shared key) and events the way payment-service does.
 */
public final class Gateway {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KafkaProbe probe;
    private final SecretBox box;

    Gateway(String kafka, SecretBox box) {
        this.probe = new KafkaProbe(kafka);
        this.box = box;
    }

    public KafkaProbe probe() {
        return probe;
    }

    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    public static String newEndpointId() {
        return "ep_" + UUID.randomUUID();
    }

    public void register(String endpointId, String tenantId, String url, String mode, String secret,
                         List<String> eventTypes) {
        probe.send(NotificationEventTypes.REGISTER_ENDPOINT, endpointId, tenantId, new RegisterWebhookEndpoint(
                endpointId, tenantId, url, eventTypes, "test endpoint", true, mode, box.seal(secret)));
    }

    /** Registers a test-mode endpoint for every type and waits until it exists. */
    public void registerAndAwait(String endpointId, String tenantId, String url, String secret) {
        register(endpointId, tenantId, url, "test", secret, List.of());
        awaitEvent(endpointId, "notification.endpoint.registered");
    }

    public void update(UpdateWebhookEndpoint command) {
        probe.send(NotificationEventTypes.UPDATE_ENDPOINT, command.endpointId(), command.tenantId(), command);
    }

    public void delete(String endpointId, String tenantId) {
        probe.send(NotificationEventTypes.DELETE_ENDPOINT, endpointId, tenantId,
                new DeleteWebhookEndpoint(endpointId, tenantId));
    }

    public void rotate(String endpointId, String tenantId, String newSecret, Duration overlap) {
        probe.send(NotificationEventTypes.ROTATE_SECRET, endpointId, tenantId,
                new RotateWebhookSecret(endpointId, tenantId, box.seal(newSecret), overlap.toSeconds()));
    }

    public void replay(String endpointId, String tenantId, UUID messageId) {
        probe.send(NotificationEventTypes.REPLAY_MESSAGE, endpointId, tenantId,
                new ReplayWebhookMessage(endpointId, tenantId, messageId));
    }

    public void replayFailed(String endpointId, String tenantId, Instant since) {
        probe.send(NotificationEventTypes.REPLAY_FAILED, endpointId, tenantId,
                new ReplayFailedWebhookMessages(endpointId, tenantId, since));
    }

    public UUID orderCreated(String orderId, String tenantId) {
        return probe.send(EventTypes.ORDER_CREATED, orderId, tenantId, new OrderCreated(orderId, tenantId, 15_000,
                "KRW", "a book", Map.of("sku", "b-1"), "PENDING", Instant.parse("2026-11-21T10:00:00Z")));
    }

    public UUID orderCanceled(String orderId, String tenantId) {
        return probe.send(EventTypes.ORDER_CANCELED, orderId, tenantId, new OrderCanceled(orderId, tenantId,
                "PAY_002", "declined", Instant.parse("2026-11-21T10:01:00Z"), OrderCanceled.Cause.PAYMENT_FAILED, null));
    }

    /** An order.cancelled as payment-service published it before the public API took one spelling. */
    public UUID orderCancelledBeforeTheRename(String orderId, String tenantId) {
        return probe.send(ORDER_CANCELED, orderId, tenantId, new OrderCancelled(orderId, tenantId, "PAY_002",
                "declined", Instant.parse("2026-11-21T10:01:00Z"), "PAYMENT_FAILED"));
    }

    private record OrderCancelled(String orderId, String tenantId, String code, String reason, Instant cancelledAt,
                                  String cause) {
    }

    private static final EventType<OrderCancelled> ORDER_CANCELED =
            new EventType<>("order.cancelled", 1, Topics.ORDER_EVENTS, OrderCancelled.class);

    public ConsumerRecord<String, String> awaitEvent(String endpointId, String type) {
        return probe.awaitEvent(Topics.NOTIFICATION_EVENTS, endpointId, type, Duration.ofSeconds(30));
    }
}
