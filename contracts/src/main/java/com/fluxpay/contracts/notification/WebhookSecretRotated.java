package com.fluxpay.contracts.notification;

import java.time.Instant;

/**
 * The endpoint signs with a new secret; the previous one also signs until {@code previousSecretExpiresAt}.
 * {@code status} and {@code version} are the endpoint's after the change.
 */
public record WebhookSecretRotated(String endpointId, String tenantId, String secretKeyId,
                                   Instant previousSecretExpiresAt, Instant rotatedAt, WebhookEndpointStatus status,
                                   long version) {

    /** The shape before status and version were stated (readers' fixtures); notification-service states both. */
    public WebhookSecretRotated(String endpointId, String tenantId, String secretKeyId,
                                Instant previousSecretExpiresAt, Instant rotatedAt) {
        this(endpointId, tenantId, secretKeyId, previousSecretExpiresAt, rotatedAt, null, 0);
    }
}
