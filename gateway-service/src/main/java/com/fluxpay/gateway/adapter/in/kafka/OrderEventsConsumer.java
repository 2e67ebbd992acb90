package com.fluxpay.gateway.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.contracts.order.OrderCancelled;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.gateway.application.port.OrderViews;
import com.fluxpay.gateway.domain.OrderView;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Order events into the order read model, once each. */
public class OrderEventsConsumer {

    private static final String CONSUMER = "order-view";

    private final Inbox inbox;
    private final OrderViews views;

    public OrderEventsConsumer(Inbox inbox, OrderViews views) {
        this.inbox = inbox;
        this.views = views;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_CREATED, (OrderCreated created) ->
                views.markCreated(new OrderView(created.orderId(), created.tenantId(), created.status(),
                        created.amount(), created.currency(), created.description(), created.metadata(), null, null,
                        created.createdAt(), created.createdAt())));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_REJECTED, (OrderRejected rejected) ->
                views.markRejected(rejected.orderId(), rejected.tenantId(), rejected.code(), rejected.reason(),
                        rejected.rejectedAt()));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_PAID, (OrderPaid paid) ->
                views.markPaid(paid.orderId(), paid.paidAt()));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_CANCELLED, (OrderCancelled cancelled) ->
                views.markCancelled(cancelled.orderId(), cancelled.code(), cancelled.reason(), cancelled.cancelledAt()));
    }
}
