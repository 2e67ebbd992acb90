package com.fluxpay.contracts.ledger;

import java.time.Instant;

/** A mismatch the auditor reported no longer holds (the missing event arrived, a replay booked the entry). */
public record LedgerMismatchResolved(String mismatchId, String paymentId, String tenantId, Instant resolvedAt) {
}
