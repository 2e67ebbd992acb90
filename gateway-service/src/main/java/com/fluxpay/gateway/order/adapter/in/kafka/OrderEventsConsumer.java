package com.fluxpay.gateway.order.adapter.in.kafka;

import com.fluxpay.gateway.order.application.port.OrderProjection;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.contracts.order.OrderCanceled;
import com.fluxpay.contracts.order.OrderCommandRejected;
import com.fluxpay.contracts.order.OrderCompleted;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Order events into the order read model, once each. */
public class OrderEventsConsumer {

    private static final String CONSUMER = "order-view";

    private final Inbox inbox;
    private final OrderProjection views;
    private final ProjectionSignals signals;

    public OrderEventsConsumer(Inbox inbox, OrderProjection views, ProjectionSignals signals) {
        this.inbox = inbox;
        this.views = views;
        this.signals = signals;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_CREATED, (OrderCreated created) ->
                views.markCreated(new OrderView(created.orderId(), created.tenantId(), created.status(),
                        created.amount(), created.currency(), created.description(), created.metadata(), null, null,
                        null, created.createdAt(), created.createdAt())));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_REJECTED, (OrderRejected rejected) ->
                views.markRejected(rejected.orderId(), rejected.tenantId(), rejected.code(), rejected.reason(),
                        rejected.rejectedAt()));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_PAID, (OrderPaid paid) ->
                views.markPaid(paid.orderId(), paid.paidAt()));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_CANCELED, (OrderCanceled cancelled) ->
                views.markCancelled(cancelled.orderId(), causeOf(cancelled), cancelled.code(), cancelled.reason(),
                        cancelled.canceledAt()));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_COMPLETED, (OrderCompleted completed) ->
                views.markCompleted(completed.orderId(), completed.completedAt()));
        inbox.receive(CONSUMER, envelope, EventTypes.ORDER_COMMAND_REJECTED, (OrderCommandRejected rejected) ->
                views.markCommandRejected(rejected.commandId(), rejected.code(), rejected.reason(),
                        rejected.rejectedAt()));
        // committed: requests waiting on this aggregate look at the read model now
        signals.projected(envelope.subject());
    }

    // events from before the cause existed were all failed payments
    private static String causeOf(OrderCanceled cancelled) {
        return cancelled.cause() == null ? OrderCanceled.Cause.PAYMENT_FAILED.name() : cancelled.cause().name();
    }
}
