package com.fluxpay.contracts.payment;

import java.util.Map;

/**
 * The gateway asks payment-service to take the money for an order. {@code psp} is optional (null: the
 * tenant's routing decides); {@code paymentMethod} is what the PSP charges (a Toss paymentKey, a Stripe
 * payment method id, a sandbox test token); {@code pspParameters} carries PSP-specific extras.
 */
public record ConfirmPayment(String paymentId, String orderId, String tenantId, long amount, String currency,
                             String psp, String paymentMethod, CaptureMode captureMode,
                             Map<String, String> pspParameters) {
}
