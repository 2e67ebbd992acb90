package com.fluxpay.contracts.credit;

import java.time.Instant;
import java.util.List;

/**
 * {@code quantity} credits of a top-up were refunded: {@code amount} minor units of {@code currency} went back
 * (through {@code paymentId}'s refund). {@code draws}: the one grant drawn, with the same amount; {@code refundPending}
 * as in {@link CreditGranted}. Both null from producers before they were stated.
 */
public record CreditRefunded(String accountId, String tenantId, String customerId, String unit, String grantId,
                             long quantity, long amount, String currency, String paymentId,
                             long available, long reserved, long version, Instant refundedAt,
                             List<CreditDraw> draws, Long refundPending) {

    /** The shape before {@code draws} and {@code refundPending} were stated (readers' fixtures). */
    public CreditRefunded(String accountId, String tenantId, String customerId, String unit, String grantId,
                          long quantity, long amount, String currency, String paymentId, long available,
                          long reserved, long version, Instant refundedAt) {
        this(accountId, tenantId, customerId, unit, grantId, quantity, amount, currency, paymentId, available,
                reserved, version, refundedAt, null, null);
    }
}
