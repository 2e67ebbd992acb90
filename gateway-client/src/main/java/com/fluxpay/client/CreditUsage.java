package com.fluxpay.client;

import java.time.Instant;

/**
 * A usage and the credits it holds; {@code balance}: the account's as the usage's last event stated it (null
 * until credit-service answered). {@code consumed}: what a completed usage was charged.
 */
public record CreditUsage(String id, String customerId, String unit, String feature, long credits, long consumed,
                          Status status, String reservationId, Instant expiresAt, Order.Failure failure,
                          CreditBalance balance, Instant createdAt, Instant updatedAt) {

    public enum Status {
        REQUESTED, RESERVED, REJECTED, CONSUMED, RELEASED
    }
}
