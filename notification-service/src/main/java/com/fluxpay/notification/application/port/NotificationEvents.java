package com.fluxpay.notification.application.port;

import com.fluxpay.contracts.notification.WebhookDeliveryExhausted;
import com.fluxpay.contracts.notification.WebhookDeliveryFailed;
import com.fluxpay.contracts.notification.WebhookDeliverySucceeded;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.contracts.notification.WebhookEndpointDeleted;
import com.fluxpay.contracts.notification.WebhookEndpointDisabled;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.contracts.notification.WebhookEndpointUpdated;
import com.fluxpay.contracts.notification.WebhookSecretRotated;

/** What notification-service tells the world; written in the caller's transaction (the outbox). */
public interface NotificationEvents {

    void registered(WebhookEndpointRegistered event);

    void updated(WebhookEndpointUpdated event);

    void deleted(WebhookEndpointDeleted event);

    void secretRotated(WebhookSecretRotated event);

    void rejected(WebhookEndpointCommandRejected event);

    void disabled(WebhookEndpointDisabled event);

    void succeeded(WebhookDeliverySucceeded event);

    void failed(WebhookDeliveryFailed event);

    void exhausted(WebhookDeliveryExhausted event);
}
