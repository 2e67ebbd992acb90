package com.fluxpay.notification.adapter.in.kafka;

import static com.fluxpay.platform.testing.HandlerTableAssertions.assertCovers;

import com.fluxpay.contracts.Topics;
import org.junit.jupiter.api.Test;

/** Every type on a consumer's topics is applied or explicitly left alone: none is dropped unseen. */
class ConsumerTablesTest {

    @Test
    void the_endpoint_command_consumer_handles_every_notification_command() {
        assertCovers(new EndpointCommandConsumer(null, null, null).handlers(), Topics.NOTIFICATION_COMMANDS);
    }

    @Test
    void the_public_event_consumer_records_every_order_and_payment_event() {
        assertCovers(new PublicEventConsumer(null, null).handlers(), Topics.ORDER_EVENTS, Topics.PAYMENT_EVENTS);
    }
}
