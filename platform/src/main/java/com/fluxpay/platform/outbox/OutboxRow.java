package com.fluxpay.platform.outbox;

import com.fluxpay.platform.event.EventEnvelope;
import java.time.Instant;
import java.util.UUID;

/** One unpublished outbox row, as the relay reads it. */
record OutboxRow(long seq, UUID eventId, String topic, String key, String type, int schemaVersion,
                 String tenantId, String correlationId, String causationId, String traceparent, String payload,
                 Instant occurredAt) {

    EventEnvelope toEnvelope(String source) {
        return new EventEnvelope(eventId, type, schemaVersion, source, occurredAt, key, tenantId, correlationId,
                causationId, traceparent, payload);
    }
}
