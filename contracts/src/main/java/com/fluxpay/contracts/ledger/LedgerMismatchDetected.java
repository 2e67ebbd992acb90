package com.fluxpay.contracts.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The consistency auditor found that a payment's events and its journal entries disagree, and they still
 * did after the grace period. One per payment however many findings; {@code missingEvent} names an event
 * the ledger never received although later events presuppose it (for example {@code payment.approved}),
 * null when none is missing.
 */
public record LedgerMismatchDetected(String mismatchId, String paymentId, String tenantId, String missingEvent,
                                     List<Finding> findings, Instant detectedAt) {

    /**
     * One disagreement. {@code kind}: MISSING_ENTRY, AMOUNT_DIFFERS, CURRENCY_DIFFERS, KIND_DIFFERS,
     * ENTRY_WITHOUT_EVENT. {@code eventId} is the payment event (or the event the entry names).
     */
    public record Finding(String kind, String eventId, String eventType, long claimedAmount, long bookedAmount,
                          String currency, String detail) {
    }
}
