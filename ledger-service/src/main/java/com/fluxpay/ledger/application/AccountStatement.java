package com.fluxpay.ledger.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of an account's postings, oldest first. {@code nextCursor} is the entry sequence to continue
 * after (the tenant's chain sequence: a total order that never changes), null on the last page.
 */
public record AccountStatement(String account, long balance, List<Line> lines, String nextCursor) {

    public record Line(long sequence, UUID sourceEventId, String paymentId, String kind, String side, long amount,
                       Instant occurredAt, Instant recordedAt) {
    }
}
