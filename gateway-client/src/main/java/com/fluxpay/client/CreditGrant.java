package com.fluxpay.client;

import java.time.Instant;

/** A grant of free credits; {@code balance}: the account's right after it (null until GRANTED). */
public record CreditGrant(String id, String customerId, String unit, long credits, Instant expiresAt, String reason,
                          Status status, Order.Failure failure, CreditBalance balance, Instant createdAt,
                          Instant updatedAt) {

    public enum Status {
        REQUESTED, GRANTED, REJECTED
    }
}
