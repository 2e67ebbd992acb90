package com.fluxpay.gateway.ledger.adapter.in.kafka;

import com.fluxpay.gateway.ledger.application.port.LedgerProjection;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.ledger.LedgerEntryPosted;
import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Booked journal entries into the ledger read model. */
public class LedgerEventsConsumer {

    private final Inbox inbox;
    private final LedgerProjection ledger;

    public LedgerEventsConsumer(Inbox inbox, LedgerProjection ledger) {
        this.inbox = inbox;
        this.ledger = ledger;
    }

    @KafkaListener(topics = Topics.LEDGER_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive("ledger-view", envelope, LedgerEventTypes.ENTRY_POSTED, (LedgerEntryPosted entry) ->
                ledger.project(entry));
    }
}
