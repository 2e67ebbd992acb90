package com.fluxpay.contracts.psp;

import java.time.Instant;

/**
 * A PSP's webhook, accepted by the gateway after its PSP's own check (Stripe and sandbox: HMAC signature;
 * TossPayments: none exists for payment events, so the body is only a hint that payment-service verifies by
 * asking Toss). Key: {@code paymentReference}, so one payment's webhooks stay in order.
 *
 * @param psp              {@code sandbox}, {@code toss} or {@code stripe}
 * @param pspEventId       the PSP's id of this event (Stripe {@code evt_…}); for Toss, which sends none, a hash
 *                         of the body, so a resend of the same notification has the same id
 * @param eventType        the PSP's event type ({@code payment_intent.succeeded}, {@code PAYMENT_STATUS_CHANGED})
 * @param paymentReference what the PSP echoes of ours: our payment id (sandbox {@code reference}, Stripe
 *                         {@code metadata.fluxpay_payment_id}) or, for Toss, our order id ({@code orderId})
 * @param pspObjectId      the PSP's own id of the payment ({@code ch_…}, {@code pi_…}, Toss paymentKey); may be null
 * @param receivedAt       when the gateway accepted it
 * @param body             the raw JSON body as the PSP sent it
 */
public record PspWebhookReceived(String psp, String pspEventId, String eventType, String paymentReference,
                                 String pspObjectId, Instant receivedAt, String body) {
}
