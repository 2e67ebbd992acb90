package com.fluxpay.platform.inbox;

import static com.fluxpay.platform.inbox.InboxFakes.GREETED;
import static com.fluxpay.platform.inbox.InboxFakes.GREETED_V2;
import static com.fluxpay.platform.inbox.InboxFakes.NODDED;
import static com.fluxpay.platform.inbox.InboxFakes.WAVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventHandlersTest {

    @Test
    void a_table_lists_what_it_handles_in_the_order_declared_and_what_it_ignores() {
        var table = EventHandlers.forConsumer("greeter")
                .on(WAVED, waved -> { })
                .on(GREETED, greeted -> { })
                .ignore(NODDED)
                .build();

        assertThat(table.consumer()).isEqualTo("greeter");
        assertThat(table.handledTypes()).containsExactly(WAVED, GREETED);
        assertThat(table.ignoredTypes()).containsExactly(NODDED);
        assertThat(table.covers(NODDED)).isTrue();
        assertThat(table.covers(GREETED_V2)).as("another schema version is another type").isFalse();
    }

    @Test
    void a_type_has_one_row() {
        var builder = EventHandlers.forConsumer("greeter").on(GREETED, greeted -> { });

        assertThatThrownBy(() -> builder.on(GREETED, (greeted, envelope) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.greeted v1 has two rows");
    }

    @Test
    void a_type_is_either_handled_or_ignored() {
        assertThatThrownBy(() -> EventHandlers.forConsumer("greeter").on(GREETED, greeted -> { }).ignore(GREETED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventHandlers.forConsumer("greeter").ignore(GREETED).on(GREETED, greeted -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_table_without_rows_is_refused_since_it_would_consume_nothing() {
        assertThatThrownBy(() -> EventHandlers.forConsumer("greeter").ignore(GREETED).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_consumer_needs_a_name_since_the_inbox_records_its_events_under_it() {
        assertThatThrownBy(() -> EventHandlers.forConsumer(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
