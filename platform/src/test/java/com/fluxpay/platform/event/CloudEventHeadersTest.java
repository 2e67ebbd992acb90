package com.fluxpay.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private final EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "order.created", 2, "/fluxpay/payment",
            Instant.parse("2026-11-21T10:15:30.123Z"), "ord_1", "tenant-a", "corr-1", "cause-1",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "{\"orderId\":\"ord_1\"}");

    @Test
    void an_envelope_survives_the_trip_through_kafka_headers() {
        var headers = new RecordHeaders(CloudEventHeaders.toHeaders(envelope));

        assertThat(CloudEventHeaders.fromHeaders(headers, envelope.data())).isEqualTo(envelope);
        assertThat(CloudEventHeaders.optional(headers, CloudEventHeaders.SPEC_VERSION, null)).isEqualTo("1.0");
        assertThat(CloudEventHeaders.optional(headers, CloudEventHeaders.CONTENT_TYPE, null)).isEqualTo("application/json");
    }

    @Test
    void a_record_without_an_event_id_is_malformed() {
        var headers = new RecordHeaders(CloudEventHeaders.toHeaders(envelope));
        headers.remove(CloudEventHeaders.ID);

        assertThatThrownBy(() -> CloudEventHeaders.fromHeaders(headers, "{}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_id");
    }

    @Test
    void a_record_with_an_unreadable_time_is_malformed() {
        var headers = new RecordHeaders(CloudEventHeaders.toHeaders(envelope));
        headers.remove(CloudEventHeaders.TIME);
        headers.add(CloudEventHeaders.TIME, "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.fromHeaders(headers, "{}")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void the_deserializer_accepts_one_json_object_and_nothing_else() {
        var deserializer = new EnvelopeDeserializer();
        var headers = new RecordHeaders(CloudEventHeaders.toHeaders(envelope));

        assertThat(deserializer.deserialize("t", headers, "{\"a\":[1,2]}".getBytes(StandardCharsets.UTF_8)).data())
                .isEqualTo("{\"a\":[1,2]}");
        for (String bad : new String[] {"[1]", "{\"a\":1} trailing", "{not json", "\"text\""}) {
            assertThatThrownBy(() -> deserializer.deserialize("t", headers, bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad).isInstanceOf(MalformedEventException.class);
        }
    }
}
