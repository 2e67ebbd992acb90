package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.domain.TimestampedSignature;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Each PSP's webhook check, built here so the verifiers' constructors stay inside this package. */
public final class PspWebhookVerifiers {

    public static final String STRIPE_HEADER = "Stripe-Signature";
    public static final String SANDBOX_HEADER = "Sandbox-Signature";

    private PspWebhookVerifiers() {
    }

    /**
     * Stripe ("Check the webhook signatures"): {@code Stripe-Signature} under the endpoint's {@code whsec_}
     * secret(s). The payment is named by the metadata our StripeClient puts on every PaymentIntent
     * ({@code fluxpay_payment_id}); events without it (customers, payouts) are acknowledged and not published,
     * since Stripe keeps resending for days an event not answered 2xx.
     */
    public static PspWebhookVerifier stripe(List<String> secrets, Duration tolerance, Clock clock, ObjectMapper json) {
        return new SignedWebhookVerifier("stripe", STRIPE_HEADER, new TimestampedSignature(secrets, tolerance, clock),
                new SignedWebhookVerifier.Fields("/id", "/type", "/data/object/metadata/fluxpay_payment_id",
                        "/data/object/id"), new WebhookBodies(json));
    }

    /**
     * The sandbox PSP, our design modelled on Stripe's so the signed path is exercised locally:
     * {@code Sandbox-Signature}, body {@code {"id","type","created","data":{"reference","chargeId","status"}}}.
     */
    public static PspWebhookVerifier sandbox(List<String> secrets, Duration tolerance, Clock clock, ObjectMapper json) {
        return new SignedWebhookVerifier("sandbox", SANDBOX_HEADER, new TimestampedSignature(secrets, tolerance, clock),
                new SignedWebhookVerifier.Fields("/id", "/type", "/data/reference", "/data/chargeId"),
                new WebhookBodies(json));
    }

    /** TossPayments: unsigned payment webhooks, read as hints (see {@link TossWebhookReader}). */
    public static PspWebhookVerifier toss(ObjectMapper json) {
        return new TossWebhookReader(new WebhookBodies(json));
    }
}
