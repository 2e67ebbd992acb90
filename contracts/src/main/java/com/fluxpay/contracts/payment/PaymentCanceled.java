package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * An authorization was voided; {@code releasedAmount} of it was never captured. {@code commandId}: the
 * CancelPayment's. {@code status} and {@code version} are the payment's after the change: CANCELED when
 * nothing was captured, CAPTURED when the rest of a partly captured one was released.
 */
public record PaymentCanceled(String paymentId, String commandId, String orderId, String tenantId, long releasedAmount,
                              String currency, String reason, Instant canceledAt, PaymentStatus status,
                              long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public PaymentCanceled(String paymentId, String commandId, String orderId, String tenantId, long releasedAmount,
                           String currency, String reason, Instant canceledAt) {
        this(paymentId, commandId, orderId, tenantId, releasedAmount, currency, reason, canceledAt, null, 0);
    }
}
