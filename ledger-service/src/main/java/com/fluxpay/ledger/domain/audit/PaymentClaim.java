package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** A payment event's claim about money, recorded by the auditor independently of the posting. */
public record PaymentClaim(UUID sourceEventId, String eventType, String paymentId, String tenantId, ClaimKind kind,
                           long amount, Currency currency, Instant claimedAt) {
}
