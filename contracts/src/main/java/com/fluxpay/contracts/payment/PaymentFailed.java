package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * The payment did not go through (declined, or failed at the PSP); no money moved. {@code status} is FAILED;
 * {@code version} is the payment's after the change, or 0 when the confirm was refused before any payment was
 * stored (so any stored state of that id is newer).
 */
public record PaymentFailed(String paymentId, String orderId, String tenantId, long amount, String currency,
                            String psp, String code, String reason, Instant failedAt, PaymentStatus status,
                            long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public PaymentFailed(String paymentId, String orderId, String tenantId, long amount, String currency,
                         String psp, String code, String reason, Instant failedAt) {
        this(paymentId, orderId, tenantId, amount, currency, psp, code, reason, failedAt, null, 0);
    }
}
