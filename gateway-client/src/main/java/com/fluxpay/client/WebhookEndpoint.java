package com.fluxpay.client;

import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as the API shows it. {@code secret} is only in the answer that made it (registration, a
 * rotation); a 202 carries id, status and that secret.
 */
public record WebhookEndpoint(String id, String url, List<String> eventTypes, String description, Boolean enabled,
                              String mode, Status status, String secret, Instant createdAt, Instant updatedAt) {

    public enum Status { REQUESTED, ACTIVE, DISABLED, REJECTED, DELETED }
}
