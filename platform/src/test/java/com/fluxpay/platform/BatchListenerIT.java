package com.fluxpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.kafka.DeadLetters;
import com.fluxpay.platform.testapp.BatchThingConsumer;
import com.fluxpay.platform.testapp.ThingHappened;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** A batch listener on a handler table, through Spring Kafka's real error handling: the DLQ gets the poison alone. */
class BatchListenerIT extends PlatformIntegrationTest {

    @Autowired
    BatchThingConsumer batchConsumer;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private static ProducerRecord<String, String> thing(UUID eventId, String key, String thingId, String behaviour) {
        String json = "{\"thingId\":\"" + thingId + "\",\"behaviour\":\"" + behaviour + "\"}";
        var envelope = new EventEnvelope(eventId, ThingHappened.TYPE.name(), 1, "/test", Instant.now(), key,
                "tenant-a", null, null, null, json);
        return new ProducerRecord<>(BatchThingConsumer.TOPIC, null, key, json, CloudEventHeaders.toHeaders(envelope));
    }

    private long effectsOf(String thingId) {
        return jdbc.queryForObject("SELECT count(*) FROM applied_effect WHERE thing_id = ?", Long.class, thingId);
    }

    private long inboxRecordsOf(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_event WHERE consumer = 'batch-things' AND event_id = ?",
                Long.class, eventId);
    }

    @Test
    void a_poison_event_in_a_batch_is_dead_lettered_alone_and_the_others_are_applied_once() throws Exception {
        String key = "b-" + UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        // paused while the three are sent, so that one poll delivers them together (one key: one partition)
        var container = listeners.getListenerContainer(BatchThingConsumer.LISTENER_ID);
        await().atMost(Duration.ofSeconds(30)).until(() -> container.isRunning() && !container.getAssignedPartitions()
                .isEmpty());
        container.pause();
        await().atMost(Duration.ofSeconds(10)).until(container::isContainerPaused);
        // one produce batch: a fetch in flight when the container paused returns its records on resume, and
        // three separate sends could split between such a fetch and the next (a batch of 1, then of 2)
        try (var producer = fixture.batchingProducer()) {
            producer.send(thing(before, key, key + "-before", "ok"));
            producer.send(thing(poison, key, key + "-poison", "fail-until-healed"));
            var last = producer.send(thing(after, key, key + "-after", "ok"));
            producer.flush();
            last.get();
        }
        container.resume();

        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(key + "-after") == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters.list(1000).stream()
                .anyMatch(letter -> key.equals(letter.key())));

        assertThat(deadLetters.list(1000).stream().filter(letter -> key.equals(letter.key())))
                .singleElement().satisfies(letter -> {
                    assertThat(letter.eventId()).isEqualTo(poison.toString());
                    assertThat(letter.reason()).contains("simulated failure");
                });
        assertThat(batchConsumer.batchSizes).as("the three came in one batch").contains(3);
        assertThat(effectsOf(key + "-before")).isOne();
        assertThat(effectsOf(key + "-poison")).isZero();
        assertThat(inboxRecordsOf(before)).isOne();
        assertThat(inboxRecordsOf(after)).isOne();
        assertThat(inboxRecordsOf(poison)).isZero();
    }
}
