package com.fluxpay.client;

import java.util.List;
import java.util.Map;

/** What the merchant API takes, as records: null fields are not sent. */
public final class Requests {

    private Requests() {
    }

    public record NewOrder(Long amount, String currency, String description, Map<String, String> metadata) {

        public static NewOrder of(long amount, String currency) {
            return new NewOrder(amount, currency, null, null);
        }

        public NewOrder describedAs(String text) {
            return new NewOrder(amount, currency, text, metadata);
        }

        public NewOrder withMetadata(Map<String, String> entries) {
            return new NewOrder(amount, currency, description, entries);
        }
    }

    /** {@code psp} null: routed by configuration; {@code captureMode} AUTOMATIC (the default) or MANUAL. */
    public record PayOrder(String orderId, String paymentMethod, String psp, String captureMode,
                           Map<String, String> pspParameters) {

        public static PayOrder of(String orderId, String paymentMethod, String psp) {
            return new PayOrder(orderId, paymentMethod, psp, null, null);
        }

        public PayOrder capturedManually() {
            return new PayOrder(orderId, paymentMethod, psp, "MANUAL", pspParameters);
        }
    }

    /** A capture or refund: no amount means everything that is left. */
    public record AmountChange(Long amount, String reason) {
    }

    public record CancelOrder(String reason) {
    }

    public record NewWebhookEndpoint(String url, List<String> eventTypes, String description, Boolean enabled) {

        public static NewWebhookEndpoint at(String url, String... eventTypes) {
            return new NewWebhookEndpoint(url, eventTypes.length == 0 ? null : List.of(eventTypes), null, null);
        }

        public NewWebhookEndpoint describedAs(String text) {
            return new NewWebhookEndpoint(url, eventTypes, text, enabled);
        }
    }

    /** A free grant; {@code expiresAt} null: never, {@code reason} null: the gateway's default. */
    public record NewCreditGrant(String customerId, String unit, Long credits, java.time.Instant expiresAt,
                                 String reason) {

        public static NewCreditGrant of(String customerId, String unit, long credits) {
            return new NewCreditGrant(customerId, unit, credits, null, null);
        }
    }

    /** Hold {@code credits} for a usage of {@code feature}; {@code timeoutSeconds} null: credit-service's default. */
    public record NewCreditUsage(String customerId, String unit, String feature, Long credits, Long timeoutSeconds) {

        public static NewCreditUsage of(String customerId, String unit, String feature, long credits) {
            return new NewCreditUsage(customerId, unit, feature, credits, null);
        }
    }

    /** What a completed usage actually used. */
    public record UsageCompletion(Long credits) {
    }

    public record UsageFailure(String reason) {
    }
}
