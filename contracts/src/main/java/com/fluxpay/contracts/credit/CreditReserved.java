package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * {@code quantity} credits are held for a usage until it completes, fails or times out at {@code expiresAt}.
 * {@code usageId}: the usage the reservation is for (null for a reservation that is not a usage's).
 */
public record CreditReserved(String accountId, String tenantId, String customerId, String unit,
                             String reservationId, String usageId, long quantity, Instant expiresAt,
                             long available, long reserved, long version, Instant reservedAt) {
}
