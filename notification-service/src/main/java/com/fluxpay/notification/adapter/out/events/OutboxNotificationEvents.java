package com.fluxpay.notification.adapter.out.events;

import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.notification.WebhookDeliveryExhausted;
import com.fluxpay.contracts.notification.WebhookDeliveryFailed;
import com.fluxpay.contracts.notification.WebhookDeliverySucceeded;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.contracts.notification.WebhookEndpointDeleted;
import com.fluxpay.contracts.notification.WebhookEndpointDisabled;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.contracts.notification.WebhookEndpointUpdated;
import com.fluxpay.contracts.notification.WebhookSecretRotated;
import com.fluxpay.notification.application.port.NotificationEvents;
import com.fluxpay.platform.outbox.Outbox;

/** Notification events through the outbox, keyed by endpoint id so one endpoint's story stays in order. */
public class OutboxNotificationEvents implements NotificationEvents {

    private final Outbox outbox;

    public OutboxNotificationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(WebhookEndpointRegistered e) {
        outbox.append(NotificationEventTypes.ENDPOINT_REGISTERED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void updated(WebhookEndpointUpdated e) {
        outbox.append(NotificationEventTypes.ENDPOINT_UPDATED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void deleted(WebhookEndpointDeleted e) {
        outbox.append(NotificationEventTypes.ENDPOINT_DELETED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void secretRotated(WebhookSecretRotated e) {
        outbox.append(NotificationEventTypes.SECRET_ROTATED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void rejected(WebhookEndpointCommandRejected e) {
        outbox.append(NotificationEventTypes.COMMAND_REJECTED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void disabled(WebhookEndpointDisabled e) {
        outbox.append(NotificationEventTypes.ENDPOINT_DISABLED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void succeeded(WebhookDeliverySucceeded e) {
        outbox.append(NotificationEventTypes.DELIVERY_SUCCEEDED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void failed(WebhookDeliveryFailed e) {
        outbox.append(NotificationEventTypes.DELIVERY_FAILED, e.endpointId(), e.tenantId(), e);
    }

    @Override
    public void exhausted(WebhookDeliveryExhausted e) {
        outbox.append(NotificationEventTypes.DELIVERY_EXHAUSTED, e.endpointId(), e.tenantId(), e);
    }
}
