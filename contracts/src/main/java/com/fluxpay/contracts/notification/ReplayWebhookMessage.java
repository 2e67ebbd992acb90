package com.fluxpay.contracts.notification;

import java.util.UUID;

/**
 * Sends one message to an endpoint again, whatever happened to it before, with the same webhook id and a
 * fresh retry schedule. {@code messageId} is the webhook id (the id of the public event).
 */
public record ReplayWebhookMessage(String endpointId, String tenantId, UUID messageId) {
}
