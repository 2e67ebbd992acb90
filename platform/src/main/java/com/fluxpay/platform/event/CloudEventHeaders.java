package com.fluxpay.platform.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes as {@code ce_} headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    public static final String TENANT = "ce_tenantid";
    public static final String CORRELATION = "ce_correlationid";
    public static final String CAUSATION = "ce_causationid";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }

    public static List<Header> toHeaders(EventEnvelope envelope) {
        var headers = new ArrayList<Header>(12);
        add(headers, SPEC_VERSION, "1.0");
        add(headers, ID, envelope.id().toString());
        add(headers, SOURCE, envelope.source());
        add(headers, TYPE, envelope.type());
        add(headers, TIME, envelope.time().toString());
        add(headers, SUBJECT, envelope.subject());
        add(headers, SCHEMA_VERSION, Integer.toString(envelope.schemaVersion()));
        add(headers, TENANT, envelope.tenantId());
        add(headers, CORRELATION, envelope.correlationId());
        add(headers, CAUSATION, envelope.causationId());
        add(headers, CONTENT_TYPE, "application/json");
        add(headers, TRACEPARENT, envelope.traceparent());
        return headers;
    }

    /** Reads an envelope back; a record without the required attributes is malformed, never retried. */
    public static EventEnvelope fromHeaders(Headers headers, String data) {
        try {
            return new EventEnvelope(
                    UUID.fromString(required(headers, ID)),
                    required(headers, TYPE),
                    Integer.parseInt(optional(headers, SCHEMA_VERSION, "1")),
                    required(headers, SOURCE),
                    Instant.parse(required(headers, TIME)),
                    required(headers, SUBJECT),
                    optional(headers, TENANT, null),
                    optional(headers, CORRELATION, null),
                    optional(headers, CAUSATION, null),
                    optional(headers, TRACEPARENT, null),
                    data);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("unreadable CloudEvents attributes: " + e.getMessage(), e);
        }
    }

    public static String optional(Headers headers, String name, String fallback) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name, null);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    private static void add(List<Header> headers, String name, String value) {
        if (value != null) {
            headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
