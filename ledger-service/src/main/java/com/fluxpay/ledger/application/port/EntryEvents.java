package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.ChainLink;
import com.fluxpay.ledger.domain.JournalEntry;
import java.time.Instant;
import java.util.List;

/** Announces booked entries (through the outbox, in the booking's transaction) for read models elsewhere. */
public interface EntryEvents {

    void posted(JournalEntry entry, ChainLink link, List<Long> balancesAfter, Instant recordedAt);
}
