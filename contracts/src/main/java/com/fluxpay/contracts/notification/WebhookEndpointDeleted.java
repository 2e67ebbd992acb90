package com.fluxpay.contracts.notification;

import java.time.Instant;

/** An endpoint was removed; {@code canceledDeliveries} messages to it will not be sent. */
public record WebhookEndpointDeleted(String endpointId, String tenantId, int canceledDeliveries, Instant deletedAt) {
}
