package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * Held credits went back to available. {@code cause}: RELEASED (the usage failed or was released), UNUSED (the
 * part of a reservation a completed usage did not consume) or TIMED_OUT (the reservation's time-out passed).
 * Nothing leaves a grant, so it names no draws. {@code refundPending} as in {@link CreditGranted} (null from
 * producers before it was stated).
 */
public record CreditReleased(String accountId, String tenantId, String customerId, String unit,
                             String reservationId, String usageId, long quantity, String cause,
                             long available, long reserved, long version, Instant releasedAt, Long refundPending) {

    /** The shape before {@code refundPending} was stated (readers' fixtures). */
    public CreditReleased(String accountId, String tenantId, String customerId, String unit, String reservationId,
                          String usageId, long quantity, String cause, long available, long reserved, long version,
                          Instant releasedAt) {
        this(accountId, tenantId, customerId, unit, reservationId, usageId, quantity, cause, available, reserved,
                version, releasedAt, null);
    }
}
