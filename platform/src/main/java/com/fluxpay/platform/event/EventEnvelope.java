package com.fluxpay.platform.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message as it travels: CloudEvents attributes (carried in Kafka headers) around a JSON payload.
 * {@code subject} is the aggregate id, which is also the Kafka key; {@code causationId} is the id of the
 * event that led to this one, {@code correlationId} ties together everything one request set off.
 */
public record EventEnvelope(UUID id, String type, int schemaVersion, String source, Instant time, String subject,
                            String tenantId, String correlationId, String causationId, String traceparent,
                            String data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    public boolean is(com.fluxpay.contracts.EventType<?> eventType) {
        return eventType.matches(type, schemaVersion);
    }
}
