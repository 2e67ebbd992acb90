package com.fluxpay.contracts.credit;

import java.time.Instant;
import java.util.List;

/**
 * Unused credits of {@code grantIds} expired at {@code expiredAt} (their own instant, not when it was noticed):
 * {@code paidQuantity} of top-ups (breakage), {@code freeQuantity} of free grants.
 */
public record CreditExpired(String accountId, String tenantId, String customerId, String unit, List<String> grantIds,
                            long quantity, long paidQuantity, long freeQuantity,
                            long available, long reserved, long version, Instant expiredAt) {
}
