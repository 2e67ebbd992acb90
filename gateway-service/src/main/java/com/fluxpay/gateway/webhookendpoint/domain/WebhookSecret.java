package com.fluxpay.gateway.webhookendpoint.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** A Standard Webhooks signing secret: {@code whsec_} and the base64 of 32 random bytes. Shown once. */
public record WebhookSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static WebhookSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new WebhookSecret("whsec_" + Base64.getEncoder().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return "whsec_…";
    }
}
