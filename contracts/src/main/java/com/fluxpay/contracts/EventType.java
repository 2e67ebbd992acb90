package com.fluxpay.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of message on the wire: its CloudEvents {@code type}, the schema version of its payload, the
 * topic it travels on and the record that carries it. A payload change that a tolerant reader cannot
 * absorb (a removed or retyped field) takes a new version; adding a field does not.
 *
 * <p>A reader of version n also reads versions 1..n of the same type: a consumer deployed before its
 * producer must not drop what the producer still sends. It never reads a version newer than its own.
 * {@code formerNames} are names the type was published under before a rename: records already on a topic
 * (or still in an outbox) under such a name are read as this type for the release that renamed it.
 */
public record EventType<T>(String name, int version, String topic, Class<T> payloadType,
                           List<FormerName> formerNames) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (version < 1) {
            throw new IllegalArgumentException("schema versions start at 1: " + version);
        }
        formerNames = List.copyOf(formerNames);
    }

    public EventType(String name, int version, String topic, Class<T> payloadType) {
        this(name, version, topic, payloadType, List.of());
    }

    /** The same type, also read under {@code former}, the name it had before a rename. */
    public EventType<T> formerly(FormerName former) {
        var names = new ArrayList<>(formerNames);
        names.add(former);
        return new EventType<>(name, version, topic, payloadType, names);
    }

    public boolean matches(String otherName, int otherVersion) {
        return (name.equals(otherName) || formerName(otherName).isPresent())
                && otherVersion >= 1 && otherVersion <= version;
    }

    /** The former name {@code publishedName} is, if it is one of this type's. */
    public Optional<FormerName> formerName(String publishedName) {
        return formerNames.stream().filter(former -> former.name().equals(publishedName)).findFirst();
    }

    /**
     * A name this type was published under, and how its payloads were spelled then: top-level field names
     * and string values that were renamed with it (old spelling to new), so a reader can bind them to the
     * current record.
     */
    public record FormerName(String name, Map<String, String> renamedFields, Map<String, String> renamedValues) {

        public FormerName {
            Objects.requireNonNull(name, "name");
            renamedFields = Map.copyOf(renamedFields);
            renamedValues = Map.copyOf(renamedValues);
        }
    }
}
