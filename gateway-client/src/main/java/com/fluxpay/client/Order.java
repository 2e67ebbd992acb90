package com.fluxpay.client;

import java.time.Instant;
import java.util.Map;

/**
 * An order as the API shows it; amounts are minor units of {@code currency}. A 202 to a new order carries only
 * {@code id} and {@code status} (REQUESTED).
 */
public record Order(String id, Status status, long amount, String currency, String description,
                    Map<String, String> metadata, Failure failure, Cancellation cancellation, Instant createdAt,
                    Instant updatedAt) {

    /**
     * The one place the client spells order states and cancellation causes. The Java names are already the
     * spelling the API moves to (canceled); the wire spelling of each is the one annotation beside it.
     */
    public enum Status {
        REQUESTED, PENDING, PAID, COMPLETED, REJECTED,
        CANCELED
    }

    public enum CancelCause {
        PAYMENT_FAILED, PAYMENT_RETURNED,
        CANCELED_BEFORE_PAYMENT
    }

    /** Why an order was rejected or its payment failed: a code from docs/errors.md. */
    public record Failure(String code, String reason) {
    }

    public record Cancellation(CancelCause cause, String reason) {
    }
}
