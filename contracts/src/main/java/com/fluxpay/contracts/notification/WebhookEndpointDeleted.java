package com.fluxpay.contracts.notification;

import java.time.Instant;

/** An endpoint was removed; {@code cancelledDeliveries} messages to it will not be sent. */
public record WebhookEndpointDeleted(String endpointId, String tenantId, int cancelledDeliveries, Instant deletedAt) {
}
