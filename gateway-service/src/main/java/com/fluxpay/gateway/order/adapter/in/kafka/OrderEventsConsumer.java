package com.fluxpay.gateway.order.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCanceled;
import com.fluxpay.contracts.order.OrderCompleted;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.gateway.order.application.port.OrderProjection;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Order events into the order read model, once each: the status each event states, copied by version. */
public class OrderEventsConsumer {

    static final String CONSUMER = "order-view";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public OrderEventsConsumer(EventDispatcher dispatcher, OrderProjection views, ProjectionSignals signals) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(EventTypes.ORDER_CREATED, (OrderCreated created) -> views.markCreated(new OrderView(
                        created.orderId(), created.tenantId(), created.status(), created.amount(), created.currency(),
                        created.description(), created.metadata(), null, null, null, created.createdAt(),
                        created.createdAt()), created.version()))
                .on(EventTypes.ORDER_REJECTED, rejected -> views.markRejected(rejected.orderId(),
                        rejected.tenantId(), rejected.code(), rejected.reason(), rejected.rejectedAt()))
                .on(EventTypes.ORDER_PAID, (OrderPaid paid) -> views.markStated(paid.orderId(),
                        Stated.of(paid.status(), paid.version(), paid.paidAt(), OrderView.PAID)))
                .on(EventTypes.ORDER_COMPLETED, (OrderCompleted completed) -> views.markStated(completed.orderId(),
                        Stated.of(completed.status(), completed.version(), completed.completedAt(),
                                OrderView.COMPLETED)))
                .on(EventTypes.ORDER_CANCELED, (OrderCanceled canceled) -> views.markCanceled(canceled.orderId(),
                        Stated.of(canceled.status(), canceled.version(), canceled.canceledAt(), OrderView.CANCELED),
                        causeOf(canceled), canceled.code(), canceled.reason()))
                .on(EventTypes.ORDER_COMMAND_REJECTED, rejected -> views.markCommandRejected(rejected.commandId(),
                        rejected.code(), rejected.reason(), rejected.rejectedAt()))
                // committed: requests waiting on this aggregate look at the read model now
                .afterCommit(envelope -> signals.projected(envelope.subject()))
                .build();
    }

    public EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }


    // events from before the cause existed were all failed payments
    private static String causeOf(OrderCanceled canceled) {
        return canceled.cause() == null ? OrderCanceled.Cause.PAYMENT_FAILED.name() : canceled.cause().name();
    }
}
