package com.fluxpay.contracts;

import java.util.Objects;

/**
 * One kind of message on the wire: its CloudEvents {@code type}, the schema version of its payload, the
 * topic it travels on and the record that carries it. A payload change that a tolerant reader cannot
 * absorb (a removed or retyped field) takes a new version; adding a field does not.
 */
public record EventType<T>(String name, int version, String topic, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (version < 1) {
            throw new IllegalArgumentException("schema versions start at 1: " + version);
        }
    }

    public boolean matches(String otherName, int otherVersion) {
        return name.equals(otherName) && version == otherVersion;
    }
}
