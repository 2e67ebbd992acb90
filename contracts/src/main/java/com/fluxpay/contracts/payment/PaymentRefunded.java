package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * Money went back to the customer; {@code amount} is this refund, {@code refundedTotal} all so far.
 * {@code status} (PARTIALLY_REFUNDED or REFUNDED) and {@code version} are the payment's after the change.
 */
public record PaymentRefunded(String paymentId, String refundId, String orderId, String tenantId, long amount,
                              long refundedTotal, String currency, Instant refundedAt, PaymentStatus status,
                              long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public PaymentRefunded(String paymentId, String refundId, String orderId, String tenantId, long amount,
                           long refundedTotal, String currency, Instant refundedAt) {
        this(paymentId, refundId, orderId, tenantId, amount, refundedTotal, currency, refundedAt, null, 0);
    }
}
