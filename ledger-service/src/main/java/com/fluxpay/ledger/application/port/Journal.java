package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.AccountRef;
import com.fluxpay.ledger.domain.ChainLink;
import com.fluxpay.ledger.domain.JournalEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The append-only journal. Every method runs in the caller's transaction. */
public interface Journal {

    boolean containsEntryFor(UUID sourceEventId);

    /** The last link of the tenant's chain, locked until the transaction ends so appends take turns. */
    ChainTip lockChainTip(String tenantId);

    /**
     * Appends {@code entry} as {@code link} (which carries its sequence and hashes) and moves the balances.
     *
     * @return each posting's account balance after it, on the account's normal side, in posting order
     */
    List<Long> append(JournalEntry entry, ChainLink link, Instant recordedAt);

    /** The balance on the account's normal side; zero for an account not yet used. */
    long balanceOf(AccountRef account);

    record ChainTip(long sequence, String hash) {
    }
}
