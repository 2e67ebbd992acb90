package com.fluxpay.gateway.pspwebhook.domain;

/**
 * What the gateway needs from a PSP's webhook once its PSP's check passed.
 *
 * @param paymentReference what the PSP echoes of ours (payment id, or Toss's orderId = our order id); null when
 *                         the event is about nothing of ours (a customer, a payout): acknowledged, not published
 */
public record VerifiedWebhook(String eventId, String eventType, String paymentReference, String pspObjectId) {
}
