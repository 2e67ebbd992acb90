package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.domain.VerifiedWebhook;
import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * TossPayments signs none of its payment webhooks: docs.tosspayments.com/guides/webhook describes
 * PAYMENT_STATUS_CHANGED as a plain JSON POST ({@code eventType, createdAt, data{paymentKey, orderId, status}}),
 * and a {@code tosspayments-webhook-signature} header exists only for payout and seller events. So nothing in the
 * body is trusted here: it is accepted as a hint naming an order, and payment-service asks Toss
 * ({@code GET /v1/payments/orders/{orderId}}) what really happened. Toss sends no event id either; the SHA-256 of
 * the body stands in for one, so Toss's own resends (up to 7, same body) count as one event.
 */
public final class TossWebhookReader implements PspWebhookVerifier {

    private final WebhookBodies bodies;

    TossWebhookReader(WebhookBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public String psp() {
        return "toss";
    }

    @Override
    public WebhookVerdict verify(Function<String, String> headers, byte[] body) {
        var tree = bodies.read(body);
        if (tree.isEmpty()) {
            return new WebhookVerdict.Refused("not a JSON object");
        }
        var event = tree.get();
        // PAYMENT_STATUS_CHANGED nests the payment under data; DEPOSIT_CALLBACK (virtual accounts) sends it flat
        String orderId = firstOf(WebhookBodies.text(event, "/data/orderId"), WebhookBodies.text(event, "/orderId"));
        String type = firstOf(WebhookBodies.text(event, "/eventType"), "DEPOSIT_CALLBACK");
        if (orderId == null) {
            return new WebhookVerdict.Refused("no orderId: not a Toss payment event");
        }
        return new WebhookVerdict.Accepted(new VerifiedWebhook("toss_" + sha256(body), type, orderId,
                firstOf(WebhookBodies.text(event, "/data/paymentKey"), WebhookBodies.text(event, "/paymentKey"))));
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
