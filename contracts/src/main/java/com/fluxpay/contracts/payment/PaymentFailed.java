package com.fluxpay.contracts.payment;

import java.time.Instant;

/** The payment did not go through (declined, or failed at the PSP); no money moved. */
public record PaymentFailed(String paymentId, String orderId, String tenantId, long amount, String currency,
                            String psp, String code, String reason, Instant failedAt) {
}
