package com.fluxpay.payment.adapter.in.kafka;

import static com.fluxpay.platform.testing.HandlerTableAssertions.assertCovers;

import com.fluxpay.contracts.Topics;
import org.junit.jupiter.api.Test;

/** Every type on a consumer's topic is applied or explicitly left alone: none is dropped unseen. */
class ConsumerTablesTest {

    @Test
    void the_order_command_consumer_handles_every_order_command() {
        assertCovers(new OrderCommandConsumer(null, null, null).handlers(), Topics.ORDER_COMMANDS);
    }

    @Test
    void the_payment_command_consumer_handles_every_payment_command() {
        assertCovers(new PaymentCommandConsumer(null, null, null).handlers(), Topics.PAYMENT_COMMANDS);
    }

    @Test
    void the_psp_webhook_consumer_handles_every_psp_event() {
        assertCovers(new PspWebhookConsumer(null, null).handlers(), Topics.PSP_WEBHOOKS);
    }
}
