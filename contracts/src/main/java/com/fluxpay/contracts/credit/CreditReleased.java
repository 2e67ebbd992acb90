package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * Held credits went back to available. {@code cause}: RELEASED (the usage failed or was released), UNUSED (the
 * part of a reservation a completed usage did not consume) or TIMED_OUT (the reservation's time-out passed).
 */
public record CreditReleased(String accountId, String tenantId, String customerId, String unit,
                             String reservationId, String usageId, long quantity, String cause,
                             long available, long reserved, long version, Instant releasedAt) {
}
