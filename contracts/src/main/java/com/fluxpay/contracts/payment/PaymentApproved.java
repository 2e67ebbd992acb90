package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * The PSP approved the payment. With {@link CaptureMode#AUTOMATIC} the money is captured
 * ({@code capturedAmount == amount}); with MANUAL it is only authorized ({@code capturedAmount == 0}).
 */
public record PaymentApproved(String paymentId, String orderId, String tenantId, long amount, String currency,
                              String psp, String pspReference, CaptureMode captureMode, long capturedAmount,
                              Instant approvedAt) {
}
