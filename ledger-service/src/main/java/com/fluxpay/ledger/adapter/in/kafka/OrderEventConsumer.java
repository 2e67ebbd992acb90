package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.ledger.application.RecordingTopUpOrder;
import com.fluxpay.ledger.application.TrackOrderCommand;
import com.fluxpay.ledger.application.TrackingOrder;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Order events from payment-service: decode, track the order once (and remember a top-up's), nothing else. */
public class OrderEventConsumer {

    static final String CONSUMER = "order-events";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public OrderEventConsumer(EventDispatcher dispatcher, TrackingOrder trackingOrder, RecordingTopUpOrder topUps) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(EventTypes.ORDER_CREATED, (OrderCreated created) -> {
                    trackingOrder.track(new TrackOrderCommand(created.orderId(), created.tenantId(), created.amount(),
                            created.currency(), created.status()));
                    topUps.record(new RecordingTopUpOrder.TopUpOrderCommand(created.orderId(), created.tenantId(),
                            created.amount(), created.currency(), created.metadata()));
                })
                // only created orders are tracked: a rejected order never moves money, and reading how an order ends
                // waits for its issue
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
