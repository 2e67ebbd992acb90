package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A payment event's claim about money, recorded by the auditor independently of the posting. {@code orderId}: the
 * order the payment pays (null where the event does not say), so that a top-up's payment can be found.
 */
public record PaymentClaim(UUID sourceEventId, String eventType, String paymentId, String tenantId, ClaimKind kind,
                           long amount, Currency currency, Instant claimedAt, String orderId) {

    public PaymentClaim(UUID sourceEventId, String eventType, String paymentId, String tenantId, ClaimKind kind,
                        long amount, Currency currency, Instant claimedAt) {
        this(sourceEventId, eventType, paymentId, tenantId, kind, amount, currency, claimedAt, null);
    }

    /** Whether it says the payment captured money (at once, or a capture of a hold). */
    public boolean captures() {
        return kind == ClaimKind.APPROVED_AND_CAPTURED || kind == ClaimKind.CAPTURED;
    }
}
