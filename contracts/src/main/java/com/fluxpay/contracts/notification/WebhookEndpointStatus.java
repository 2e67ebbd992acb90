package com.fluxpay.contracts.notification;

/**
 * Where a webhook endpoint is, as its events state it: ACTIVE (receives webhooks), DISABLED (by the merchant,
 * or by notification-service after failing too long; an update with {@code enabled: true} makes it ACTIVE
 * again), DELETED (for good). A reader copies it and never works it out from the event's type.
 */
public enum WebhookEndpointStatus {
    ACTIVE, DISABLED, DELETED
}
