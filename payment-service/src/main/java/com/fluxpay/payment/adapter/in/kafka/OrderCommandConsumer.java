package com.fluxpay.payment.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.CancelOrder;
import com.fluxpay.contracts.order.CompleteOrder;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.payment.application.ChangingOrder;
import com.fluxpay.payment.application.OpenOrderCommand;
import com.fluxpay.payment.application.OpeningOrder;
import com.fluxpay.payment.application.OrderCommand;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Order commands from the gateway: decode, apply once, nothing else. */
public class OrderCommandConsumer {

    static final String CONSUMER = "order-commands";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public OrderCommandConsumer(EventDispatcher dispatcher, OpeningOrder openingOrder, ChangingOrder changingOrder) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(EventTypes.CREATE_ORDER, (CreateOrder command) -> openingOrder.open(new OpenOrderCommand(
                        command.orderId(), command.tenantId(), command.amount(), command.currency(),
                        command.description(), command.metadata())))
                .on(EventTypes.COMPLETE_ORDER, (CompleteOrder command) -> changingOrder.change(new OrderCommand(
                        OrderCommand.Kind.COMPLETE, command.commandId(), new OrderId(command.orderId()),
                        command.tenantId(), null)))
                .on(EventTypes.CANCEL_ORDER, (CancelOrder command) -> changingOrder.change(new OrderCommand(
                        OrderCommand.Kind.CANCEL, command.commandId(), new OrderId(command.orderId()),
                        command.tenantId(), command.reason())))
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.ORDER_COMMANDS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
