package com.fluxpay.contracts.credit;

import java.time.Instant;

/** {@code quantity} credits of a top-up were refunded: {@code amount} minor units of {@code currency} went back. */
public record CreditRefunded(String accountId, String tenantId, String customerId, String unit, String grantId,
                             long quantity, long amount, String currency, String paymentId,
                             long available, long reserved, long version, Instant refundedAt) {
}
