package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * The PSP approved the payment. With {@link CaptureMode#AUTOMATIC} the money is captured
 * ({@code capturedAmount == amount}, status CAPTURED); with MANUAL it is only authorized
 * ({@code capturedAmount == 0}, status AUTHORIZED). {@code status} and {@code version} are the payment's
 * after the change.
 */
public record PaymentApproved(String paymentId, String orderId, String tenantId, long amount, String currency,
                              String psp, String pspReference, CaptureMode captureMode, long capturedAmount,
                              Instant approvedAt, PaymentStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public PaymentApproved(String paymentId, String orderId, String tenantId, long amount, String currency,
                           String psp, String pspReference, CaptureMode captureMode, long capturedAmount,
                           Instant approvedAt) {
        this(paymentId, orderId, tenantId, amount, currency, psp, pspReference, captureMode, capturedAmount,
                approvedAt, null, 0);
    }
}
