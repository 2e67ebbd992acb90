package com.fluxpay.gateway.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.ledger.LedgerEntryPosted;
import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.gateway.adapter.out.persistence.JdbcLedgerViews;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Booked journal entries into the ledger read model. */
public class LedgerEventsConsumer {

    private final Inbox inbox;
    private final JdbcLedgerViews ledger;

    public LedgerEventsConsumer(Inbox inbox, JdbcLedgerViews ledger) {
        this.inbox = inbox;
        this.ledger = ledger;
    }

    @KafkaListener(topics = Topics.LEDGER_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive("ledger-view", envelope, LedgerEventTypes.ENTRY_POSTED, (LedgerEntryPosted entry) ->
                ledger.project(entry));
    }
}
