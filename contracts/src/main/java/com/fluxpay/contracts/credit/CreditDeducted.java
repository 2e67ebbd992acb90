package com.fluxpay.contracts.credit;

import java.time.Instant;

/** {@code quantity} credits were consumed: of a reservation (a completed usage) or, without one, spent directly. */
public record CreditDeducted(String accountId, String tenantId, String customerId, String unit,
                             String reservationId, String usageId, long quantity,
                             long available, long reserved, long version, Instant deductedAt) {
}
