package com.fluxpay.ledger.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An immutable, balanced record of one money movement. Balance per currency is asserted here, not
 * returned as an outcome: the posting rules only ever build balanced entries, so an unbalanced one is a
 * bug that must stop the transaction before anything is written. A wrong entry is corrected by a
 * {@link #reversal}, never changed.
 *
 * <p>{@code sourceEventId} is the event that caused the entry; it is unique in the journal, so a
 * redelivered event never posts twice. {@code occurredAt} is kept to the microsecond because that is what
 * Postgres stores, and the hash chain must recompute the same bytes from a stored row.
 */
public record JournalEntry(UUID sourceEventId, String tenantId, String paymentId, EntryKind kind,
                           List<Posting> postings, Instant occurredAt) {

    public JournalEntry {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        postings = List.copyOf(postings);
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("an entry has at least two postings: " + postings);
        }
        for (Posting posting : postings) {
            if (!posting.account().tenantId().equals(tenantId)) {
                throw new IllegalArgumentException("entry of tenant " + tenantId + " posts to " + posting.account());
            }
        }
        Map<Currency, Long> sums = new HashMap<>();
        postings.forEach(posting -> sums.merge(posting.account().currency(), posting.signed(), Math::addExact));
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new IllegalStateException("unbalanced entry for event " + sourceEventId + ": " + currency
                        + " debits minus credits is " + sum);
            }
        });
    }

    /** The sum of the debits in {@code currency}: what the entry moved. */
    public long amountIn(Currency currency) {
        return postings.stream().filter(p -> p.side() == Side.DEBIT && p.account().currency().equals(currency))
                .mapToLong(Posting::amount).sum();
    }

    /** An entry that undoes this one, caused by {@code sourceEventId}. */
    public JournalEntry reversal(UUID reversingEventId, Instant at) {
        return new JournalEntry(reversingEventId, tenantId, paymentId, EntryKind.REVERSAL,
                postings.stream().map(Posting::reversed).toList(), at);
    }
}
