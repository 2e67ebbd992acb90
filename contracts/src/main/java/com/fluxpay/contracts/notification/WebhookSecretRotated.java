package com.fluxpay.contracts.notification;

import java.time.Instant;

/** The endpoint signs with a new secret; the previous one also signs until {@code previousSecretExpiresAt}. */
public record WebhookSecretRotated(String endpointId, String tenantId, String secretKeyId,
                                   Instant previousSecretExpiresAt, Instant rotatedAt) {
}
