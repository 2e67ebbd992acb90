package com.fluxpay.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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

    /**
     * The payload of an envelope of the given type; a payload that does not bind is malformed for good. One
     * published under a former name of the type is first spelled the current way (see {@link EventType}).
     */
    public <T> T decode(EventEnvelope envelope, EventType<T> type) {
        if (!envelope.is(type)) {
            throw new IllegalArgumentException("envelope " + envelope.id() + " is a " + envelope.type() + " v"
                    + envelope.schemaVersion() + ", not a " + type.name() + " v" + type.version());
        }
        try {
            var former = type.formerName(envelope.type());
            if (former.isPresent()) {
                return objectMapper.treeToValue(respelled(objectMapper.readTree(envelope.data()), former.get()),
                        type.payloadType());
            }
            return objectMapper.readValue(envelope.data(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload of " + envelope.id() + " does not bind to "
                    + type.payloadType().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    // top-level names and string values only: the renames a former name records are of flat payload fields
    private static ObjectNode respelled(JsonNode payload, EventType.FormerName former) {
        if (!payload.isObject()) {
            throw new MalformedEventException("payload is not a JSON object");
        }
        ObjectNode current = JsonNodeFactory.instance.objectNode();
        payload.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual() && former.renamedValues().containsKey(value.textValue())) {
                value = TextNode.valueOf(former.renamedValues().get(value.textValue()));
            }
            current.set(former.renamedFields().getOrDefault(field.getKey(), field.getKey()), value);
        });
        return current;
    }
}
