package com.fluxpay.contracts.notification;

import java.time.Instant;

/**
 * An endpoint was removed; {@code canceledDeliveries} messages to it will not be sent. {@code status} (DELETED)
 * and {@code version} are the endpoint's after the change.
 */
public record WebhookEndpointDeleted(String endpointId, String tenantId, int canceledDeliveries, Instant deletedAt,
                                     WebhookEndpointStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); notification-service states both. */
    public WebhookEndpointDeleted(String endpointId, String tenantId, int canceledDeliveries, Instant deletedAt) {
        this(endpointId, tenantId, canceledDeliveries, deletedAt, null, 0);
    }
}
