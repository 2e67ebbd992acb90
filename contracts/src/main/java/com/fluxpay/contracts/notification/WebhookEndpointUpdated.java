package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint's settings after a change: the whole current state, so a read model can simply replace its row
 * (when {@code version} is newer than the one it has). {@code status} and {@code version} are the endpoint's
 * after the change.
 */
public record WebhookEndpointUpdated(String endpointId, String tenantId, String url, List<String> eventTypes,
                                     String description, boolean enabled, String mode, Instant updatedAt,
                                     WebhookEndpointStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); notification-service states both. */
    public WebhookEndpointUpdated(String endpointId, String tenantId, String url, List<String> eventTypes,
                                  String description, boolean enabled, String mode, Instant updatedAt) {
        this(endpointId, tenantId, url, eventTypes, description, enabled, mode, updatedAt, null, 0);
    }
}
