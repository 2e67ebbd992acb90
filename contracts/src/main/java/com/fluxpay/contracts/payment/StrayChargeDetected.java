package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * The PSP approved a charge for a payment FluxPay had already failed (it had answered "no such charge" when
 * asked, and approved later). The customer's money was taken for an order that is not paid: payment-service
 * gives it back ({@code payment.stray_charge.returned}); the payment and the order stay as they were, so
 * {@code status} (FAILED) and {@code version} are the payment's unchanged ones.
 */
public record StrayChargeDetected(String paymentId, String orderId, String tenantId, long amount, String currency,
                                  String psp, String pspReference, Instant detectedAt, PaymentStatus status,
                                  long version) {
}
