package com.fluxpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.platform.event.EventContext;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

class InboxIT extends PlatformIntegrationTest {

    @Autowired
    Inbox inbox;

    private long effectsOf(String thingId) {
        return jdbc.queryForObject("SELECT count(*) FROM applied_effect WHERE thing_id = ?", Long.class, thingId);
    }

    private int attemptsOf(UUID eventId) {
        var attempts = consumer.attempts.get(eventId.toString());
        return attempts == null ? 0 : attempts.get();
    }

    @Test
    void a_redelivered_event_changes_nothing() throws Exception {
        UUID eventId = UUID.randomUUID();
        try (var producer = fixture.producer()) {
            for (int delivery = 0; delivery < 3; delivery++) {
                producer.send(RawRecords.thing(eventId, "i-redelivered", "ok")).get();
            }
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsOf(eventId) == 3);

        assertThat(effectsOf("i-redelivered")).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_event WHERE event_id = ?", Long.class, eventId))
                .isOne();
    }

    @Test
    void an_effect_that_fails_takes_its_inbox_record_with_it_and_succeeds_on_retry() throws Exception {
        UUID eventId = UUID.randomUUID();
        try (var producer = fixture.producer()) {
            producer.send(RawRecords.thing(eventId, "i-fails-once", "fail-once")).get();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledInOrder.contains(eventId.toString()));

        assertThat(attemptsOf(eventId)).isEqualTo(2);
        assertThat(effectsOf("i-fails-once")).isOne();
    }

    @Test
    void unknown_fields_in_a_payload_are_tolerated() throws Exception {
        UUID eventId = UUID.randomUUID();
        try (var producer = fixture.producer()) {
            producer.send(RawRecords.thing(eventId, "i-tolerant", "ok")).get();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> effectsOf("i-tolerant") == 1);
    }

    private static EventEnvelope delivery(String data) {
        return new EventEnvelope(UUID.randomUUID(), "thing.happened", 1, "/test", Instant.now(), "thing-1", "tenant-a",
                null, null, null, data);
    }

    @Test
    void one_fact_in_several_envelopes_is_applied_once_by_its_deduplication_id_and_caused_by_the_real_envelope() {
        UUID fact = UUID.randomUUID();
        var first = delivery("{}");
        var causes = new ArrayList<String>();

        boolean applied = inbox.receive("dedup-test", first, fact,
                () -> causes.add(EventContext.current().causationId()));
        boolean again = inbox.receive("dedup-test", delivery("{}"), fact,
                () -> causes.add(EventContext.current().causationId()));

        assertThat(applied).isTrue();
        assertThat(again).isFalse();
        assertThat(causes).containsExactly(first.id().toString());
    }
}
