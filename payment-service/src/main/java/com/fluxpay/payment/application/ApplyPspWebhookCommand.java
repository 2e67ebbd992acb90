package com.fluxpay.payment.application;

/**
 * A PSP's webhook as the gateway accepted it. {@code paymentReference} is what the PSP echoes of ours: our
 * payment id (sandbox, Stripe) or, for TossPayments, our order id.
 */
public record ApplyPspWebhookCommand(String psp, String pspEventId, String eventType, String paymentReference) {
}
