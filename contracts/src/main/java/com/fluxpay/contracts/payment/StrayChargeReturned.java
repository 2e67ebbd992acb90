package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * A stray charge was voided or refunded in full at the PSP: the customer has the money back. The payment did
 * not change: {@code status} (FAILED) and {@code version} are its unchanged ones.
 */
public record StrayChargeReturned(String paymentId, String orderId, String tenantId, long amount, String currency,
                                  String psp, String pspReference, Instant returnedAt, PaymentStatus status,
                                  long version) {
}
