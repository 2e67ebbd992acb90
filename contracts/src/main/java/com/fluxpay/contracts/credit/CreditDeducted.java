package com.fluxpay.contracts.credit;

import java.time.Instant;
import java.util.List;

/**
 * {@code quantity} credits were consumed: of a reservation (a completed usage) or, without one, spent directly.
 * {@code draws}: which grants they came from and the money each part was worth; {@code refundPending} as in
 * {@link CreditGranted}. Both null from producers before they were stated.
 */
public record CreditDeducted(String accountId, String tenantId, String customerId, String unit,
                             String reservationId, String usageId, long quantity,
                             long available, long reserved, long version, Instant deductedAt,
                             List<CreditDraw> draws, Long refundPending) {

    /** The shape before {@code draws} and {@code refundPending} were stated (readers' fixtures). */
    public CreditDeducted(String accountId, String tenantId, String customerId, String unit, String reservationId,
                          String usageId, long quantity, long available, long reserved, long version,
                          Instant deductedAt) {
        this(accountId, tenantId, customerId, unit, reservationId, usageId, quantity, available, reserved, version,
                deductedAt, null, null);
    }
}
