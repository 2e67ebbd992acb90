package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * Every attempt of the retry schedule failed: the message will not be sent again unless replayed. Later
 * messages about the same resource no longer wait for it.
 */
public record WebhookDeliveryExhausted(String endpointId, String tenantId, UUID messageId, String eventType,
                                       String resourceId, int attempts, Integer lastStatusCode, String lastError,
                                       Instant exhaustedAt) {
}
