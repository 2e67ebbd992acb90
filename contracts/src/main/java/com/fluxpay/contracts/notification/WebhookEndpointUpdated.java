package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.List;

/** An endpoint's settings after a change: the whole current state, so a read model can simply replace its row. */
public record WebhookEndpointUpdated(String endpointId, String tenantId, String url, List<String> eventTypes,
                                     String description, boolean enabled, String mode, Instant updatedAt) {
}
