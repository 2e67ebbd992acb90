package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery attempt failed: a non-2xx answer ({@code statusCode}), or none at all ({@code statusCode}
 * null, {@code error} says why: timeout, connection refused, ...). {@code nextAttemptAt} is null when this
 * was the last attempt (a {@link WebhookDeliveryExhausted} follows).
 */
public record WebhookDeliveryFailed(String endpointId, String tenantId, UUID messageId, String eventType,
                                    String resourceId, int attempt, Integer statusCode, String error,
                                    long latencyMillis, Instant nextAttemptAt, Instant attemptedAt) {
}
