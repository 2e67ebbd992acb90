package com.fluxpay.gateway.credit.domain;

import java.time.Instant;

/**
 * A grant of credits: REQUESTED while credit-service has not answered, then GRANTED (with the balance the grant
 * left) or REJECTED (with credit-service's code).
 */
public record CreditGrantView(String id, String tenantId, String customerId, String unit, long quantity,
                              Instant expiresAt, String reason, String status, String failureCode,
                              String failureReason, CreditBalance balance, Instant requestedAt, Instant updatedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String REJECTED = "REJECTED";

    public boolean isSettled() {
        return !REQUESTED.equals(status);
    }
}
