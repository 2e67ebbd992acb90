package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** A webhook was accepted (2xx) by an endpoint. {@code messageId} is the webhook id; {@code attempt} counts from 1. */
public record WebhookDeliverySucceeded(String endpointId, String tenantId, UUID messageId, String eventType,
                                       String resourceId, int attempt, int statusCode, long latencyMillis,
                                       Instant deliveredAt) {
}
