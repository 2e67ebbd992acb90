package com.fluxpay.platform.event;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes what the DLQ is handed back as it arrived: the raw bytes of a record that could not be read,
 * or the JSON payload of an envelope whose handler failed (its attributes are copied as headers).
 */
public final class RawValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case EventEnvelope envelope -> envelope.data().getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " to " + topic);
        };
    }
}
