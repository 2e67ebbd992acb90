package com.fluxpay.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A public event as a merchant's webhook endpoint will receive it. The id is the event's id: it becomes
 * the webhook id, the same on every delivery attempt, so a merchant can recognise a repeat. The payload is
 * the event's JSON as it was published, never re-encoded.
 */
public record OutgoingMessage(UUID id, String tenantId, String eventType, String resourceId, String payload,
                              Instant occurredAt, Instant recordedAt) {

    public OutgoingMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
