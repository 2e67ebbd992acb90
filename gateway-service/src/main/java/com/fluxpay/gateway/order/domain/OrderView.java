package com.fluxpay.gateway.order.domain;

import java.time.Instant;
import java.util.Map;

/**
 * An order as clients read it. {@code failureCode} is set when the order was rejected or its payment failed;
 * {@code cancelCause} says why a canceled order was canceled (PAYMENT_FAILED, CANCELED_BEFORE_PAYMENT,
 * PAYMENT_RETURNED).
 */
public record OrderView(String id, String tenantId, String status, long amount, String currency, String description,
                        Map<String, String> metadata, String failureCode, String failureReason, String cancelCause,
                        Instant requestedAt, Instant updatedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String REJECTED = "REJECTED";
    public static final String PAID = "PAID";
    public static final String COMPLETED = "COMPLETED";
    public static final String CANCELED = "CANCELED";

    /** True once payment-service has answered the request, one way or the other. */
    public boolean isSettled() {
        return !REQUESTED.equals(status);
    }
}
