package com.fluxpay.ledger.adapter.out.events;

import com.fluxpay.contracts.ledger.LedgerEntryPosted;
import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.ledger.application.port.EntryEvents;
import com.fluxpay.ledger.domain.ChainLink;
import com.fluxpay.ledger.domain.JournalEntry;
import com.fluxpay.ledger.domain.Posting;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ledger.entry.posted on fluxpay.ledger.events, keyed by tenant: the outbox keeps one key's events in
 * commit order, and a tenant's entries commit in chain order, so they arrive by sequence.
 */
public class OutboxEntryEvents implements EntryEvents {

    private final Outbox outbox;

    public OutboxEntryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void posted(JournalEntry entry, ChainLink link, List<Long> balancesAfter, Instant recordedAt) {
        List<LedgerEntryPosted.Posting> postings = new ArrayList<>();
        for (int i = 0; i < entry.postings().size(); i++) {
            Posting p = entry.postings().get(i);
            postings.add(new LedgerEntryPosted.Posting(p.account().code().name(), p.account().code().type().name(),
                    p.account().currency().getCurrencyCode(), p.side().name(), p.amount(), balancesAfter.get(i)));
        }
        outbox.append(LedgerEventTypes.ENTRY_POSTED, entry.tenantId(), entry.tenantId(), new LedgerEntryPosted(
                entry.tenantId(), link.sequence(), entry.sourceEventId().toString(), entry.paymentId(),
                entry.kind().name(), postings, entry.occurredAt(), recordedAt, link.hash()));
    }
}
