package com.fluxpay.ledger.adapter.in.kafka;

import static com.fluxpay.platform.testing.HandlerTableAssertions.assertCovers;

import com.fluxpay.contracts.Topics;
import org.junit.jupiter.api.Test;

/** Every type on a consumer's topic is booked, claimed, tracked or explicitly left alone: none is dropped unseen. */
class ConsumerTablesTest {

    @Test
    void the_posting_consumer_handles_or_ignores_every_payment_event() {
        assertCovers(new PaymentEventConsumer(null, null).handlers(), Topics.PAYMENT_EVENTS);
    }

    @Test
    void the_auditors_claim_consumer_handles_or_ignores_every_payment_event() {
        assertCovers(new PaymentClaimConsumer(null, null).handlers(), Topics.PAYMENT_EVENTS);
    }

    @Test
    void the_order_consumer_handles_or_ignores_every_order_event() {
        assertCovers(new OrderEventConsumer(null, null, null).handlers(), Topics.ORDER_EVENTS);
    }

    @Test
    void the_credit_consumer_handles_or_ignores_every_credit_event() {
        assertCovers(new CreditEventConsumer(null, null).handlers(), Topics.CREDIT_EVENTS);
    }
}
