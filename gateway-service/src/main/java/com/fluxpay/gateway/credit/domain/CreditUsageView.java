package com.fluxpay.gateway.credit.domain;

import java.time.Instant;

/**
 * A usage and the credits it holds. REQUESTED (sent), then RESERVED or REJECTED (credit-service's answer to the
 * hold), then CONSUMED ({@code consumed} credits were charged, the rest went back) or RELEASED (all went back).
 * {@code balance}: the account's as the usage's last event stated it.
 */
public record CreditUsageView(String usageId, String tenantId, String accountId, String customerId, String unit,
                              String feature, long quantity, long consumed, String status, String reservationId,
                              Instant expiresAt, String failureCode, String failureReason, CreditBalance balance,
                              Instant requestedAt, Instant updatedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String RESERVED = "RESERVED";
    public static final String REJECTED = "REJECTED";
    public static final String CONSUMED = "CONSUMED";
    public static final String RELEASED = "RELEASED";

    /** Credit-service answered the hold, one way or the other. */
    public boolean isAnswered() {
        return !REQUESTED.equals(status);
    }

    /** Completed, failed or timed out: nothing is held any more. */
    public boolean isFinished() {
        return CONSUMED.equals(status) || RELEASED.equals(status) || REJECTED.equals(status);
    }
}
