package com.fluxpay.gateway.payment.domain;

import java.time.Instant;

/** A payment as clients read it. Amounts in minor units of {@code currency}. */
public record PaymentView(String id, String tenantId, String orderId, String status, long amount, String currency,
                          String psp, String captureMode, long capturedAmount, long refundedAmount, String failureCode,
                          String failureReason, Instant requestedAt, Instant updatedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String FAILED = "FAILED";

    /** The PSP's answer is in: not waiting for payment-service, nor for the PSP (PROCESSING, UNKNOWN). */
    public boolean isSettled() {
        return !REQUESTED.equals(status) && !"PROCESSING".equals(status) && !"UNKNOWN".equals(status);
    }
}
