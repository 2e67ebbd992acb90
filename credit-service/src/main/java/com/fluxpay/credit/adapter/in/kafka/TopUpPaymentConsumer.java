package com.fluxpay.credit.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.credit.application.ToppingUp;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Captures from payment-service: the money of a top-up is in once its order's amount is captured. */
public class TopUpPaymentConsumer {

    static final String CONSUMER = "payment-events";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public TopUpPaymentConsumer(EventDispatcher dispatcher, ToppingUp toppingUp) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(PaymentEventTypes.APPROVED, e -> toppingUp.captured(e.tenantId(), e.orderId(), e.paymentId(),
                        e.capturedAmount(), e.currency()))
                .on(PaymentEventTypes.CAPTURED, e -> toppingUp.captured(e.tenantId(), e.orderId(), e.paymentId(),
                        e.capturedTotal(), e.currency()))
                // no captured money: nothing to grant; refunds of a top-up at payment-service are not reflected yet
                .ignore(PaymentEventTypes.FAILED, PaymentEventTypes.CANCELED, PaymentEventTypes.REFUNDED,
                        PaymentEventTypes.COMMAND_REJECTED, PaymentEventTypes.STRAY_CHARGE_DETECTED,
                        PaymentEventTypes.STRAY_CHARGE_RETURNED)
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
