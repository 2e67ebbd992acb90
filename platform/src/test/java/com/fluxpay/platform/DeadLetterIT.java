package com.fluxpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.platform.kafka.DeadLetters;
import com.fluxpay.platform.kafka.DeadLetters.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeadLetterIT extends PlatformIntegrationTest {

    @Autowired
    DeadLetters deadLetters;

    private List<DeadLetter> lettersWithKey(String key) {
        return deadLetters.list(1000).stream().filter(letter -> key.equals(letter.key())).toList();
    }

    @Test
    void a_poison_message_goes_to_the_dlq_and_the_next_message_of_its_partition_is_processed() throws Exception {
        String key = "d-poison-" + UUID.randomUUID();
        UUID next = UUID.randomUUID();
        try (var producer = fixture.producer()) {
            producer.send(RawRecords.poison(key, "{this is not json")).get();
            producer.send(RawRecords.thing(next, key, "ok")).get();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.handledInOrder.contains(next.toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> lettersWithKey(key).size() == 1);
        DeadLetter letter = lettersWithKey(key).getFirst();
        assertThat(letter.originalTopic()).isEqualTo("platform.test.events");
        assertThat(letter.reason()).contains("not valid JSON");
        assertThat(deadLetters.topic()).isEqualTo("fluxpay.platformtest.dlq");
    }

    @Test
    void a_failing_event_is_retried_a_bounded_number_of_times_while_later_events_of_its_key_wait() throws Exception {
        String key = "d-stuck-" + UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (var producer = fixture.producer()) {
            producer.send(RawRecords.thing(failing, key, "fail-until-healed")).get();
            producer.send(RawRecords.thing(later, key, "ok")).get();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.handledInOrder.contains(later.toString()));
        // one delivery and two retries (fluxpay.consumer.max-retries=2), all before the later event ran
        assertThat(consumer.attempts.get(failing.toString()).get()).isEqualTo(3);
        assertThat(consumer.handledInOrder).doesNotContain(failing.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> lettersWithKey(key).size() == 1);
        assertThat(lettersWithKey(key).getFirst().reason()).contains("simulated failure");
        assertThat(lettersWithKey(key).getFirst().eventId()).isEqualTo(failing.toString());
    }

    @Test
    void a_dead_letter_replayed_after_the_fault_is_fixed_is_applied_once() throws Exception {
        String key = "d-replay-" + UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        try (var producer = fixture.producer()) {
            producer.send(RawRecords.thing(failing, key, "fail-until-healed")).get();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> lettersWithKey(key).size() == 1);

        consumer.healed.put(key, true);
        assertThat(deadLetters.replayAll()).extracting(DeadLetter::eventId).contains(failing.toString());

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.handledInOrder.contains(failing.toString()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM applied_effect WHERE event_id = ?", Long.class, failing))
                .isOne();
        assertThat(deadLetters.replayAll()).as("replay-all resumes where it stopped")
                .extracting(DeadLetter::eventId).doesNotContain(failing.toString());
    }
}
