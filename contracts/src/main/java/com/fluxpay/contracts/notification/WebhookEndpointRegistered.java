package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint exists and will receive webhooks. Never carries the secret; {@code secretKeyId} names the key that
 * seals it. {@code status} and {@code version} (1) are the endpoint's after the change.
 */
public record WebhookEndpointRegistered(String endpointId, String tenantId, String url, List<String> eventTypes,
                                        String description, boolean enabled, String mode, String secretKeyId,
                                        Instant registeredAt, WebhookEndpointStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); notification-service states both. */
    public WebhookEndpointRegistered(String endpointId, String tenantId, String url, List<String> eventTypes,
                                     String description, boolean enabled, String mode, String secretKeyId,
                                     Instant registeredAt) {
        this(endpointId, tenantId, url, eventTypes, description, enabled, mode, secretKeyId, registeredAt, null, 0);
    }
}
