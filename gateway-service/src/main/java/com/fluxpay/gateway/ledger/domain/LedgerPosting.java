package com.fluxpay.gateway.ledger.domain;

import java.time.Instant;

/** One line of a journal entry as the ledger published it: {@code balanceAfter} is on the normal side. */
public record LedgerPosting(long sequence, String account, String accountType, String currency, String side,
                            long amount, long balanceAfter, String kind, String paymentId, Instant recordedAt) {
}
