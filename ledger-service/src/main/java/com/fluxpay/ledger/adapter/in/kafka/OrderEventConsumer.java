package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.ledger.application.TrackOrderCommand;
import com.fluxpay.ledger.application.TrackingOrder;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Order events from payment-service: decode, track the order once, nothing else. */
public class OrderEventConsumer {

    private final Inbox inbox;
    private final TrackingOrder trackingOrder;

    public OrderEventConsumer(Inbox inbox, TrackingOrder trackingOrder) {
        this.inbox = inbox;
        this.trackingOrder = trackingOrder;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        // only created orders: a rejected order never moves money, and types added later wait for their issue
        inbox.receive("order-events", envelope, EventTypes.ORDER_CREATED, (OrderCreated created) -> trackingOrder.track(
                new TrackOrderCommand(created.orderId(), created.tenantId(), created.amount(), created.currency(),
                        created.status())));
    }
}
