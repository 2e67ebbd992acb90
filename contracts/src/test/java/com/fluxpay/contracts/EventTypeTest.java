package com.fluxpay.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    private record Thing(String id) {
    }

    private static final EventType<Thing> V2 = new EventType<>("thing.happened", 2, "fluxpay.thing.events", Thing.class);

    @Test
    void a_reader_reads_every_version_of_its_type_up_to_its_own() {
        assertThat(V2.matches("thing.happened", 1)).isTrue();
        assertThat(V2.matches("thing.happened", 2)).isTrue();
    }

    @Test
    void a_reader_never_reads_a_version_newer_than_its_own_nor_another_type() {
        assertThat(V2.matches("thing.happened", 3)).isFalse();
        assertThat(V2.matches("thing.happened", 0)).isFalse();
        assertThat(V2.matches("thing.vanished", 2)).isFalse();
    }

    @Test
    void a_renamed_type_still_reads_what_was_published_under_its_former_name() {
        var renamed = V2.formerly(new EventType.FormerName("thing.happend", Map.of("happendAt", "happenedAt"), Map.of()));

        assertThat(renamed.matches("thing.happend", 1)).isTrue();
        assertThat(renamed.formerName("thing.happend")).get()
                .extracting(EventType.FormerName::renamedFields).isEqualTo(Map.of("happendAt", "happenedAt"));
        assertThat(renamed.formerName("thing.happened")).isEmpty();
        assertThat(renamed.name()).isEqualTo("thing.happened");
    }
}
