package com.fluxpay.gateway;

import static com.fluxpay.platform.testing.HandlerTableAssertions.assertCovers;

import com.fluxpay.contracts.Topics;
import com.fluxpay.gateway.credit.adapter.in.kafka.CreditEventsConsumer;
import com.fluxpay.gateway.diagnostics.adapter.in.kafka.FleetEventsConsumer;
import com.fluxpay.gateway.ledger.adapter.in.kafka.LedgerEventsConsumer;
import com.fluxpay.gateway.order.adapter.in.kafka.OrderEventsConsumer;
import com.fluxpay.gateway.payment.adapter.in.kafka.PaymentEventsConsumer;
import com.fluxpay.gateway.webhookendpoint.adapter.in.kafka.NotificationEventsConsumer;
import org.junit.jupiter.api.Test;

/** Every type on a gateway consumer's topic is projected or explicitly left alone: none is dropped unseen. */
class GatewayConsumerTablesTest {

    @Test
    void the_order_view_handles_or_ignores_every_order_event() {
        assertCovers(new OrderEventsConsumer(null, null, null).handlers(), Topics.ORDER_EVENTS);
    }

    @Test
    void the_payment_view_handles_or_ignores_every_payment_event() {
        assertCovers(new PaymentEventsConsumer(null, null, null).handlers(), Topics.PAYMENT_EVENTS);
    }

    @Test
    void the_endpoint_view_handles_or_ignores_every_notification_event() {
        assertCovers(new NotificationEventsConsumer(null, null, null).handlers(), Topics.NOTIFICATION_EVENTS);
    }

    @Test
    void the_ledger_view_handles_or_ignores_every_ledger_event() {
        assertCovers(new LedgerEventsConsumer(null, null).handlers(), Topics.LEDGER_EVENTS);
    }

    @Test
    void the_fleet_answers_handle_every_fleet_event() {
        assertCovers(new FleetEventsConsumer(null, null).handlers(), Topics.FLEET_EVENTS);
    }

    @Test
    void the_credit_views_handle_or_ignore_every_credit_event() {
        assertCovers(new CreditEventsConsumer(null, null, null).handlers(), Topics.CREDIT_EVENTS);
    }
}
