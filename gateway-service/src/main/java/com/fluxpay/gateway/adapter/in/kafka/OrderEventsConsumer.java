package com.fluxpay.gateway.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.gateway.application.ProjectingEvents;
import com.fluxpay.gateway.domain.OrderView;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Order events into the order read model, once each. */
public class OrderEventsConsumer {

    private final Inbox inbox;
    private final ProjectingEvents projecting;

    public OrderEventsConsumer(Inbox inbox, ProjectingEvents projecting) {
        this.inbox = inbox;
        this.projecting = projecting;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive("order-view", envelope, EventTypes.ORDER_CREATED, (OrderCreated created) ->
                projecting.orderCreated(new OrderView(created.orderId(), created.tenantId(), created.status(),
                        created.amount(), created.currency(), created.description(), created.metadata(), null, null,
                        created.createdAt(), created.createdAt())));
        inbox.receive("order-view", envelope, EventTypes.ORDER_REJECTED, (OrderRejected rejected) ->
                projecting.orderRejected(rejected.orderId(), rejected.tenantId(), rejected.code(), rejected.reason(),
                        rejected.rejectedAt()));
    }
}
