package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * Part or all of an authorization was captured; {@code amount} is this capture, {@code capturedTotal} all so
 * far. {@code commandId} is the CapturePayment's, so whoever asked can match the answer to the question.
 * {@code status} (PARTIALLY_CAPTURED or CAPTURED) and {@code version} are the payment's after the change.
 */
public record PaymentCaptured(String paymentId, String commandId, String orderId, String tenantId, long amount,
                              long capturedTotal, String currency, Instant capturedAt, PaymentStatus status,
                              long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public PaymentCaptured(String paymentId, String commandId, String orderId, String tenantId, long amount,
                           long capturedTotal, String currency, Instant capturedAt) {
        this(paymentId, commandId, orderId, tenantId, amount, capturedTotal, currency, capturedAt, null, 0);
    }
}
