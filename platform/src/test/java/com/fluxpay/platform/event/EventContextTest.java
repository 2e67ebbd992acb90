package com.fluxpay.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class EventContextTest {

    @Test
    void work_caused_by_an_event_keeps_its_correlation_and_names_it_as_the_cause() {
        var cause = new EventEnvelope(UUID.randomUUID(), "order.created", 1, "/x", Instant.now(), "ord_1", "tenant-a",
                "corr-7", null, null, "{}");

        try (var scope = EventContext.causedBy(cause)) {
            assertThat(EventContext.current().correlationId()).isEqualTo("corr-7");
            assertThat(EventContext.current().causationId()).isEqualTo(cause.id().toString());
            assertThat(EventContext.current().tenantId()).isEqualTo("tenant-a");
            assertThat(MDC.get("tenantId")).isEqualTo("tenant-a");
        }
        assertThat(MDC.get("tenantId")).isNull();
    }

    @Test
    void closing_a_nested_scope_restores_the_outer_one() {
        try (var outer = EventContext.startedBy("tenant-a", "corr-outer")) {
            try (var inner = EventContext.startedBy("tenant-b", "corr-inner")) {
                assertThat(EventContext.current().tenantId()).isEqualTo("tenant-b");
            }
            assertThat(EventContext.current().correlationId()).isEqualTo("corr-outer");
            assertThat(MDC.get("tenantId")).isEqualTo("tenant-a");
        }
    }

    @Test
    void outside_any_scope_each_unit_of_work_gets_a_fresh_correlation_id() {
        assertThat(EventContext.current().correlationId()).isNotEqualTo(EventContext.current().correlationId());
    }
}
