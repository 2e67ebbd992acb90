package com.fluxpay.platform.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for FluxPay records. It runs inside Spring's ErrorHandlingDeserializer, so a
 * record it rejects (no CloudEvents attributes, a body that is not a JSON object) goes to the DLQ at once
 * instead of blocking its partition.
 */
public final class EnvelopeDeserializer implements Deserializer<EventEnvelope> {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public EventEnvelope deserialize(String topic, byte[] data) {
        throw new MalformedEventException("FluxPay records carry their attributes in headers; none were given");
    }

    @Override
    public EventEnvelope deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            throw new MalformedEventException("record without a body on " + topic);
        }
        String json = new String(data, StandardCharsets.UTF_8);
        requireJsonObject(json);
        return CloudEventHeaders.fromHeaders(headers, json);
    }

    // a full parse without binding: proves the payload is one well-formed JSON object
    private static void requireJsonObject(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEventException("payload is not a JSON object");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new MalformedEventException("trailing content after the JSON payload");
            }
        } catch (IOException e) {
            throw new MalformedEventException("payload is not valid JSON: " + e.getMessage(), e);
        }
    }
}
