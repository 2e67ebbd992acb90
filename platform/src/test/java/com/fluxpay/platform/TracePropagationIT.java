package com.fluxpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.platform.outbox.OutboxRelay;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TracePropagationIT extends PlatformIntegrationTest {

    @Autowired
    ObservationRegistry observations;
    @Autowired
    Tracer tracer;

    @Test
    void the_consumer_of_an_outbox_event_continues_the_trace_and_logs_it() {
        String[] traceId = new String[1];
        UUID[] eventId = new UUID[1];
        Observation.createNotStarted("test.request", observations).observe(() -> {
            traceId[0] = tracer.currentSpan().context().traceId();
            eventId[0] = fixture.appendCommitted("tr-" + UUID.randomUUID());
        });
        OutboxRelay relay = fixture.relay(fixture.producer());
        try {
            // the relay publishes later, on its own thread, outside the request's span
            relay.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> consumer.traceIds.containsKey(eventId[0].toString()));
        } finally {
            relay.stop();
        }

        assertThat(traceId[0]).isNotBlank();
        String traceparent = fixture.readAll(com.fluxpay.platform.testapp.ThingHappened.TOPIC)
                .stream().filter(r -> eventId[0].toString().equals(com.fluxpay.platform.event.CloudEventHeaders
                        .optional(r.headers(), com.fluxpay.platform.event.CloudEventHeaders.ID, null)))
                .map(r -> com.fluxpay.platform.event.CloudEventHeaders.optional(r.headers(), "traceparent", null))
                .findFirst().orElse(null);
        assertThat(traceparent).as("traceparent header").contains(traceId[0]);
        assertThat(consumer.traceIds.get(eventId[0].toString())).isEqualTo(traceId[0]);
        assertThat(consumer.loggedTraceIds.get(eventId[0].toString())).as("the trace id in the consumer's log lines")
                .isEqualTo(traceId[0]);
    }
}
