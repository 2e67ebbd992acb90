package com.fluxpay.gateway.pspwebhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.pspwebhook.domain.TimestampedSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Webhook bodies and signature headers as Stripe, the sandbox and Toss send them, for the verifier tests. */
public final class SignedWebhooks {

    public static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String STRIPE_SECRET = "whsec_test_current";
    public static final String STRIPE_OLD_SECRET = "whsec_test_previous";
    public static final String SANDBOX_SECRET = "whsec_sandbox_test";

    private SignedWebhooks() {
    }

    public static byte[] stripeEvent(String eventId, String type, String paymentId) {
        return ("{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":"
                + NOW.getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"pi_" + paymentId.hashCode()
                + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\",\"metadata\":{\"fluxpay_payment_id\":\""
                + paymentId + "\"}}}}").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] stripeCustomerEvent(String eventId) {
        return ("{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"customer.created\",\"data\":{\"object\":"
                + "{\"id\":\"cus_1\",\"object\":\"customer\"}}}").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] sandboxEvent(String eventId, String type, String paymentId, String status) {
        return ("{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"created\":" + NOW.getEpochSecond()
                + ",\"data\":{\"reference\":\"" + paymentId + "\",\"chargeId\":\"ch_" + paymentId
                + "\",\"status\":\"" + status + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] tossStatusChanged(String orderId, String status) {
        return ("{\"eventType\":\"PAYMENT_STATUS_CHANGED\",\"createdAt\":\"2026-11-22T10:00:00.000\",\"data\":"
                + "{\"paymentKey\":\"tgen_" + orderId + "\",\"orderId\":\"" + orderId + "\",\"status\":\"" + status
                + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    public static String header(String secret, Instant at, byte[] body) {
        return TimestampedSignature.header(secret, at, body);
    }

    /** Stripe during a secret roll: one v1 per active secret, under one timestamp. */
    public static String headerWithTwoSignatures(String first, String second, Instant at, byte[] body) {
        return header(first, at, body) + ",v1=" + header(second, at, body).split(",v1=")[1];
    }

    public static Map<String, String> headers(String name, String value) {
        return Map.of(name, value);
    }

    public static String newPaymentId() {
        return "pay_" + UUID.randomUUID();
    }

    public static byte[] tampered(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replace("succeeded", "failed")
                .replace("approved", "declined").getBytes(StandardCharsets.UTF_8);
    }
}
