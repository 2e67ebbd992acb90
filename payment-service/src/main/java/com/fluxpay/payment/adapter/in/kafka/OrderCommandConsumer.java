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
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Order commands from the gateway: decode, apply once, nothing else. */
public class OrderCommandConsumer {

    private static final String CONSUMER = "order-commands";

    private final Inbox inbox;
    private final OpeningOrder openingOrder;
    private final ChangingOrder changingOrder;

    public OrderCommandConsumer(Inbox inbox, OpeningOrder openingOrder, ChangingOrder changingOrder) {
        this.inbox = inbox;
        this.openingOrder = openingOrder;
        this.changingOrder = changingOrder;
    }

    @KafkaListener(topics = Topics.ORDER_COMMANDS)
    public void on(EventEnvelope envelope) {
        inbox.receive(CONSUMER, envelope, EventTypes.CREATE_ORDER, (CreateOrder command) -> openingOrder.open(
                new OpenOrderCommand(command.orderId(), command.tenantId(), command.amount(), command.currency(),
                        command.description(), command.metadata())));
        inbox.receive(CONSUMER, envelope, EventTypes.COMPLETE_ORDER, (CompleteOrder command) -> changingOrder.change(
                new OrderCommand(OrderCommand.Kind.COMPLETE, command.commandId(), new OrderId(command.orderId()),
                        command.tenantId(), null)));
        inbox.receive(CONSUMER, envelope, EventTypes.CANCEL_ORDER, (CancelOrder command) -> changingOrder.change(
                new OrderCommand(OrderCommand.Kind.CANCEL, command.commandId(), new OrderId(command.orderId()),
                        command.tenantId(), command.reason())));
    }
}
