package com.fluxpay.credit.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.platform.testing.HandlerTableAssertions;
import org.junit.jupiter.api.Test;

class ConsumerTablesTest {

    @Test
    void the_usage_consumer_handles_or_ignores_every_type_on_the_usage_topic() {
        HandlerTableAssertions.assertCovers(new ServiceUsageConsumer(null, null).handlers(), Topics.SERVICE_USAGE);
    }

    @Test
    void the_command_consumer_handles_or_ignores_every_credit_command() {
        HandlerTableAssertions.assertCovers(new CreditCommandConsumer(null, null).handlers(), Topics.CREDIT_COMMANDS);
    }

    @Test
    void the_top_up_consumers_handle_or_ignore_every_order_and_payment_event() {
        HandlerTableAssertions.assertCovers(new TopUpOrderConsumer(null, null).handlers(), Topics.ORDER_EVENTS);
        HandlerTableAssertions.assertCovers(new TopUpPaymentConsumer(null, null).handlers(), Topics.PAYMENT_EVENTS);
    }
}
