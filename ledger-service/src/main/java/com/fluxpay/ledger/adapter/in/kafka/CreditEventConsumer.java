package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.ledger.application.PostingCreditEvent;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Credit events from credit-service: decode, register and post once through the credit posting rules. */
public class CreditEventConsumer {

    static final String CONSUMER = "credit-events";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public CreditEventConsumer(EventDispatcher dispatcher, PostingCreditEvent posting) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(CreditEventTypes.GRANTED, (e, env) -> posting.post(CreditMovements.granted(env.id(), e)))
                .on(CreditEventTypes.DEDUCTED, (e, env) -> posting.post(CreditMovements.deducted(env.id(), e)))
                .on(CreditEventTypes.EXPIRED, (e, env) -> posting.post(CreditMovements.expired(env.id(), e)))
                .on(CreditEventTypes.REFUNDED, (e, env) -> posting.post(CreditMovements.refunded(env.id(), e)))
                .on(CreditEventTypes.RELEASED, (e, env) -> posting.post(CreditMovements.released(env.id(), e)))
                // a reservation keeps the account's credits (available to reserved), a rejection and a low balance
                // move none: no money and nothing for the register's sums
                .ignore(CreditEventTypes.RESERVED, CreditEventTypes.RESERVATION_REJECTED, CreditEventTypes.BALANCE_LOW,
                        CreditEventTypes.COMMAND_REJECTED)
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.CREDIT_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
