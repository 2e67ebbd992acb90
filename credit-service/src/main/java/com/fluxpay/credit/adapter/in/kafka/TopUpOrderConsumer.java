package com.fluxpay.credit.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.credit.application.ToppingUp;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Orders from payment-service: one whose metadata buys credits is a top-up. */
public class TopUpOrderConsumer {

    static final String CONSUMER = "order-events";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public TopUpOrderConsumer(EventDispatcher dispatcher, ToppingUp toppingUp) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(EventTypes.ORDER_CREATED, e -> toppingUp.orderCreated(e.tenantId(), e.orderId(), e.amount(),
                        e.currency(), e.metadata()))
                // the capture, on the payment events, is what grants; an order's later life changes no credits
                // (a refund of a top-up at payment-service is not reflected yet: docs/credits.md)
                .ignore(EventTypes.ORDER_REJECTED, EventTypes.ORDER_PAID, EventTypes.ORDER_CANCELED,
                        EventTypes.ORDER_COMPLETED, EventTypes.ORDER_COMMAND_REJECTED)
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
