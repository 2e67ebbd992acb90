package com.fluxpay.gateway.ledger.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.gateway.ledger.application.port.LedgerProjection;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Booked journal entries into the ledger read model. */
public class LedgerEventsConsumer {

    static final String CONSUMER = "ledger-view";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public LedgerEventsConsumer(EventDispatcher dispatcher, LedgerProjection ledger) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(LedgerEventTypes.ENTRY_POSTED, entry -> ledger.project(entry))
                // the auditor's findings are for operators (./fluxpay ledger mismatches), not a merchant's view
                .ignore(LedgerEventTypes.MISMATCH_DETECTED, LedgerEventTypes.MISMATCH_RESOLVED)
                .build();
    }

    public EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.LEDGER_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
