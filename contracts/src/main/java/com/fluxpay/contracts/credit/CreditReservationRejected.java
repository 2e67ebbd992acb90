package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * Nothing was held for a usage: {@code code} PAY_001 (insufficient balance: {@code available} is less than the
 * requested {@code quantity}) or a CRD_ code (docs/errors.md). The balance and {@code version} are the account's as
 * it stands (a rejection is no movement; version 0: the account has no movement yet).
 */
public record CreditReservationRejected(String accountId, String tenantId, String customerId, String unit,
                                        String reservationId, String usageId, long quantity, String code,
                                        String reason, long available, long reserved, long version,
                                        Instant rejectedAt) {
}
