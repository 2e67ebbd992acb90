package com.fluxpay.ledger.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * An order as the ledger first heard of it. The amount is in minor units of its currency (won, cents),
 * never floating point. The checks are invariants, not business rules: payment-service opens only
 * positive orders, so one that is not means the contract broke upstream.
 */
public record TrackedOrder(String orderId, String tenantId, long amount, Currency currency, String status,
                           Instant firstSeenAt) {

    public TrackedOrder {
        requireText(orderId, "orderId");
        requireText(tenantId, "tenantId");
        requireText(status, "status");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("order " + orderId + " announced for " + amount + ", not a positive amount");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is never blank");
        }
    }
}
