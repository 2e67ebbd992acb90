package com.fluxpay.contracts.notification;

import java.time.Instant;

/**
 * Sends again every message of an endpoint that was exhausted (every scheduled attempt failed) and whose
 * event occurred at or after {@code since} (the {@code timestamp} of the webhook body).
 */
public record ReplayFailedWebhookMessages(String endpointId, String tenantId, Instant since) {
}
