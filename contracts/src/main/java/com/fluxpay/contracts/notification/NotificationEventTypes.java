package com.fluxpay.contracts.notification;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import java.util.List;

/**
 * Commands to and events from notification-service (Topics.NOTIFICATION_COMMANDS / NOTIFICATION_EVENTS).
 * Key of every record: the endpoint id, so one endpoint's commands are applied, and its events published,
 * in order.
 */
public final class NotificationEventTypes {

    public static final EventType<RegisterWebhookEndpoint> REGISTER_ENDPOINT = new EventType<>(
            "notification.endpoint.register", 1, Topics.NOTIFICATION_COMMANDS, RegisterWebhookEndpoint.class);
    public static final EventType<UpdateWebhookEndpoint> UPDATE_ENDPOINT = new EventType<>(
            "notification.endpoint.update", 1, Topics.NOTIFICATION_COMMANDS, UpdateWebhookEndpoint.class);
    public static final EventType<DeleteWebhookEndpoint> DELETE_ENDPOINT = new EventType<>(
            "notification.endpoint.delete", 1, Topics.NOTIFICATION_COMMANDS, DeleteWebhookEndpoint.class);
    public static final EventType<RotateWebhookSecret> ROTATE_SECRET = new EventType<>(
            "notification.endpoint.secret.rotate", 1, Topics.NOTIFICATION_COMMANDS, RotateWebhookSecret.class);
    public static final EventType<ReplayWebhookMessage> REPLAY_MESSAGE = new EventType<>(
            "notification.message.replay", 1, Topics.NOTIFICATION_COMMANDS, ReplayWebhookMessage.class);
    public static final EventType<ReplayFailedWebhookMessages> REPLAY_FAILED = new EventType<>(
            "notification.endpoint.replay.failed", 1, Topics.NOTIFICATION_COMMANDS, ReplayFailedWebhookMessages.class);

    public static final EventType<WebhookEndpointRegistered> ENDPOINT_REGISTERED = new EventType<>(
            "notification.endpoint.registered", 1, Topics.NOTIFICATION_EVENTS, WebhookEndpointRegistered.class);
    public static final EventType<WebhookEndpointUpdated> ENDPOINT_UPDATED = new EventType<>(
            "notification.endpoint.updated", 1, Topics.NOTIFICATION_EVENTS, WebhookEndpointUpdated.class);
    public static final EventType<WebhookEndpointDeleted> ENDPOINT_DELETED = new EventType<>(
            "notification.endpoint.deleted", 1, Topics.NOTIFICATION_EVENTS, WebhookEndpointDeleted.class);
    public static final EventType<WebhookSecretRotated> SECRET_ROTATED = new EventType<>(
            "notification.endpoint.secret.rotated", 1, Topics.NOTIFICATION_EVENTS, WebhookSecretRotated.class);
    public static final EventType<WebhookEndpointCommandRejected> COMMAND_REJECTED = new EventType<>(
            "notification.endpoint.command.rejected", 1, Topics.NOTIFICATION_EVENTS,
            WebhookEndpointCommandRejected.class);
    public static final EventType<WebhookEndpointDisabled> ENDPOINT_DISABLED = new EventType<>(
            "notification.endpoint.disabled", 1, Topics.NOTIFICATION_EVENTS, WebhookEndpointDisabled.class);
    public static final EventType<WebhookDeliverySucceeded> DELIVERY_SUCCEEDED = new EventType<>(
            "notification.delivery.succeeded", 1, Topics.NOTIFICATION_EVENTS, WebhookDeliverySucceeded.class);
    public static final EventType<WebhookDeliveryFailed> DELIVERY_FAILED = new EventType<>(
            "notification.delivery.failed", 1, Topics.NOTIFICATION_EVENTS, WebhookDeliveryFailed.class);
    public static final EventType<WebhookDeliveryExhausted> DELIVERY_EXHAUSTED = new EventType<>(
            "notification.delivery.exhausted", 1, Topics.NOTIFICATION_EVENTS, WebhookDeliveryExhausted.class);

    public static final List<EventType<?>> COMMANDS =
            List.of(REGISTER_ENDPOINT, UPDATE_ENDPOINT, DELETE_ENDPOINT, ROTATE_SECRET, REPLAY_MESSAGE, REPLAY_FAILED);

    public static final List<EventType<?>> EVENTS = List.of(ENDPOINT_REGISTERED, ENDPOINT_UPDATED, ENDPOINT_DELETED,
            SECRET_ROTATED, COMMAND_REJECTED, ENDPOINT_DISABLED, DELIVERY_SUCCEEDED, DELIVERY_FAILED,
            DELIVERY_EXHAUSTED);

    public static final List<EventType<?>> ALL = java.util.stream.Stream.concat(COMMANDS.stream(), EVENTS.stream())
            .toList();

    private NotificationEventTypes() {
    }
}
