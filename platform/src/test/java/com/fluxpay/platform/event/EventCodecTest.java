package com.fluxpay.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.order.OrderCanceled;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    record Parcel(String parcelId, Instant canceledAt, Reason reason, long version) {
        enum Reason { CANCELED_BY_SENDER, LOST }
    }

    private static final EventType<Parcel> CANCELED_V2 = new EventType<>("parcel.canceled", 2, "fluxpay.parcel.events",
            Parcel.class).formerly(new EventType.FormerName("parcel.cancelled", Map.of("cancelledAt", "canceledAt"),
            Map.of("CANCELLED_BY_SENDER", "CANCELED_BY_SENDER")));

    private final EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private static EventEnvelope envelope(String type, int schemaVersion, String data) {
        return new EventEnvelope(UUID.randomUUID(), type, schemaVersion, "/fluxpay/test", Instant.now(), "p_1",
                "tenant-a", null, null, null, data);
    }

    @Test
    void a_reader_of_version_2_reads_version_1_still_in_flight_and_misses_no_field_it_had() {
        var v1 = envelope("parcel.canceled", 1, """
                {"parcelId":"p_1","canceledAt":"2026-11-21T10:00:00Z","reason":"LOST"}""");

        assertThat(v1.is(CANCELED_V2)).isTrue();
        assertThat(codec.decode(v1, CANCELED_V2))
                .isEqualTo(new Parcel("p_1", Instant.parse("2026-11-21T10:00:00Z"), Parcel.Reason.LOST, 0));
    }

    @Test
    void a_version_newer_than_the_reader_is_not_its_type() {
        var v3 = envelope("parcel.canceled", 3, "{\"parcelId\":\"p_1\"}");

        assertThat(v3.is(CANCELED_V2)).isFalse();
        assertThatThrownBy(() -> codec.decode(v3, CANCELED_V2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payload_published_under_the_former_name_binds_to_the_current_spelling() {
        var old = envelope("parcel.cancelled", 1, """
                {"parcelId":"p_1","cancelledAt":"2026-11-21T10:00:00Z","reason":"CANCELLED_BY_SENDER"}""");

        assertThat(old.is(CANCELED_V2)).isTrue();
        assertThat(codec.decode(old, CANCELED_V2)).isEqualTo(new Parcel("p_1", Instant.parse("2026-11-21T10:00:00Z"),
                Parcel.Reason.CANCELED_BY_SENDER, 0));
    }

    @Test
    void a_payload_under_the_current_name_is_bound_as_it_is() {
        var current = envelope("parcel.canceled", 2, """
                {"parcelId":"p_1","canceledAt":"2026-11-21T10:00:00Z","reason":"LOST","version":3}""");

        assertThat(codec.decode(current, CANCELED_V2).version()).isEqualTo(3);
    }

    @Test
    void an_order_cancelled_still_in_flight_from_before_the_rename_is_read_as_an_order_canceled() {
        var old = envelope("order.cancelled", 1, """
                {"orderId":"ord_1","tenantId":"tenant-a","code":null,"reason":"service failed",
                 "cancelledAt":"2026-11-21T10:00:00Z","cause":"CANCELLED_BEFORE_PAYMENT","commandId":"cmd_1"}""");

        assertThat(old.is(EventTypes.ORDER_CANCELED)).isTrue();
        assertThat(codec.decode(old, EventTypes.ORDER_CANCELED)).isEqualTo(new OrderCanceled("ord_1", "tenant-a", null,
                "service failed", Instant.parse("2026-11-21T10:00:00Z"), OrderCanceled.Cause.CANCELED_BEFORE_PAYMENT,
                "cmd_1"));
    }
}
