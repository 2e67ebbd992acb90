package com.fluxpay.contracts.notification;

import java.time.Instant;
import java.util.List;

/** An endpoint exists and will receive webhooks. Never carries the secret; {@code secretKeyId} names the key that seals it. */
public record WebhookEndpointRegistered(String endpointId, String tenantId, String url, List<String> eventTypes,
                                        String description, boolean enabled, String mode, String secretKeyId,
                                        Instant registeredAt) {
}
