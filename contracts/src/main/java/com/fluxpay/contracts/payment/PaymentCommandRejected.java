package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * A capture, cancel or refund was refused by the payment's rules before anything reached the PSP (for
 * example PAY_004: the payment is not in a state that allows it). {@code commandId} is the capture or
 * cancel command id, or the refund id.
 */
public record PaymentCommandRejected(String paymentId, String commandId, String tenantId, String command,
                                     String code, String reason, Instant rejectedAt) {
}
