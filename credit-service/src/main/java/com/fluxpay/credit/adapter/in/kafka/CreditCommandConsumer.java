package com.fluxpay.credit.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.credit.application.GrantingFreeCredits;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** FluxPay's own requests to credit-service (the gateway's, later). */
public class CreditCommandConsumer {

    static final String CONSUMER = "credit-commands";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public CreditCommandConsumer(EventDispatcher dispatcher, GrantingFreeCredits granting) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(CreditEventTypes.GRANT, command -> granting.grant(command))
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.CREDIT_COMMANDS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
