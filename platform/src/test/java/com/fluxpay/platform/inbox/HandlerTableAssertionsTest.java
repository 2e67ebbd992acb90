package com.fluxpay.platform.inbox;

import static com.fluxpay.platform.testing.HandlerTableAssertions.assertCovers;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import org.junit.jupiter.api.Test;

class HandlerTableAssertionsTest {

    @Test
    void a_table_that_handles_or_ignores_every_type_of_its_topic_covers_it() {
        var table = EventHandlers.forConsumer("orders")
                .on(EventTypes.CREATE_ORDER, command -> { })
                .ignore(EventTypes.COMPLETE_ORDER, EventTypes.CANCEL_ORDER)
                .build();

        assertThatCode(() -> assertCovers(table, Topics.ORDER_COMMANDS)).doesNotThrowAnyException();
    }

    @Test
    void a_table_that_misses_a_type_of_its_topic_fails_naming_the_type() {
        var table = EventHandlers.forConsumer("orders")
                .on(EventTypes.CREATE_ORDER, command -> { })
                .ignore(EventTypes.COMPLETE_ORDER)
                .build();

        assertThatThrownBy(() -> assertCovers(table, Topics.ORDER_COMMANDS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("orders neither handles nor ignores [order.cancel v1]");
    }

    @Test
    void a_table_naming_a_type_of_another_topic_fails_as_wired_to_the_wrong_topic() {
        var table = EventHandlers.forConsumer("orders")
                .on(EventTypes.CREATE_ORDER, command -> { })
                .ignore(EventTypes.COMPLETE_ORDER, EventTypes.CANCEL_ORDER, EventTypes.ORDER_CREATED)
                .build();

        assertThatThrownBy(() -> assertCovers(table, Topics.ORDER_COMMANDS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("order.created v1");
    }
}
