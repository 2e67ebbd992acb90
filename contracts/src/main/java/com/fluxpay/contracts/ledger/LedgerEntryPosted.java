package com.fluxpay.contracts.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A journal entry was booked. Key: the tenant id, so a tenant's entries arrive in {@code sequence} order
 * (1, 2, 3… without gaps: a consumer that sees a gap has missed one). Each posting carries its account's
 * balance after the entry, on the account's normal side, so a read model answers balances and statements
 * without summing. {@code hash} is the entry's link in the tenant's hash chain.
 */
public record LedgerEntryPosted(String tenantId, long sequence, String sourceEventId, String paymentId, String kind,
                                List<Posting> postings, Instant occurredAt, Instant recordedAt, String hash) {

    /** {@code side}: DEBIT or CREDIT; {@code amount} in minor units; {@code balanceAfter} on the normal side. */
    public record Posting(String account, String accountType, String currency, String side, long amount,
                          long balanceAfter) {
    }
}
