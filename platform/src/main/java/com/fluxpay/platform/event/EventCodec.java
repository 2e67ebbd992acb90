package com.fluxpay.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.contracts.EventType;

/** JSON payloads in and out, with the service's ObjectMapper (tolerant of unknown fields). */
public final class EventCodec {

    private final ObjectMapper objectMapper;

    public EventCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String encode(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    /** The payload of an envelope of the given type; a payload that does not bind is malformed for good. */
    public <T> T decode(EventEnvelope envelope, EventType<T> type) {
        if (!envelope.is(type)) {
            throw new IllegalArgumentException("envelope " + envelope.id() + " is a " + envelope.type() + " v"
                    + envelope.schemaVersion() + ", not a " + type.name() + " v" + type.version());
        }
        try {
            return objectMapper.readValue(envelope.data(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload of " + envelope.id() + " does not bind to "
                    + type.payloadType().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
