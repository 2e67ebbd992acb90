package com.fluxpay.payment.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.payment.application.OpenOrderCommand;
import com.fluxpay.payment.application.OpeningOrder;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Order commands from the gateway: decode, apply once, nothing else. */
public class OrderCommandConsumer {

    private final Inbox inbox;
    private final OpeningOrder openingOrder;

    public OrderCommandConsumer(Inbox inbox, OpeningOrder openingOrder) {
        this.inbox = inbox;
        this.openingOrder = openingOrder;
    }

    @KafkaListener(topics = Topics.ORDER_COMMANDS)
    public void on(EventEnvelope envelope) {
        inbox.receive("order-commands", envelope, EventTypes.CREATE_ORDER, (CreateOrder command) -> openingOrder.open(
                new OpenOrderCommand(command.orderId(), command.tenantId(), command.amount(), command.currency(),
                        command.description(), command.metadata())));
    }
}
