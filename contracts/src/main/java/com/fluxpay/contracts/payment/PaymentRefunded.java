package com.fluxpay.contracts.payment;

import java.time.Instant;

/** Money went back to the customer; {@code amount} is this refund, {@code refundedTotal} all so far. */
public record PaymentRefunded(String paymentId, String refundId, String orderId, String tenantId, long amount,
                              long refundedTotal, String currency, Instant refundedAt) {
}
