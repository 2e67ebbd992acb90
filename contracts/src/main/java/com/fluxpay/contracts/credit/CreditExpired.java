package com.fluxpay.contracts.credit;

import java.time.Instant;
import java.util.List;

/**
 * Unused credits of {@code grantIds} expired at {@code expiredAt} (their own instant, not when it was noticed):
 * {@code paidQuantity} of top-ups (breakage), {@code freeQuantity} of free grants. {@code draws}: per grant, the
 * credits and the money they were worth (the breakage); {@code refundPending} as in {@link CreditGranted}. Both null
 * from producers before they were stated.
 */
public record CreditExpired(String accountId, String tenantId, String customerId, String unit, List<String> grantIds,
                            long quantity, long paidQuantity, long freeQuantity,
                            long available, long reserved, long version, Instant expiredAt,
                            List<CreditDraw> draws, Long refundPending) {

    /** The shape before {@code draws} and {@code refundPending} were stated (readers' fixtures). */
    public CreditExpired(String accountId, String tenantId, String customerId, String unit, List<String> grantIds,
                         long quantity, long paidQuantity, long freeQuantity, long available, long reserved,
                         long version, Instant expiredAt) {
        this(accountId, tenantId, customerId, unit, grantIds, quantity, paidQuantity, freeQuantity, available,
                reserved, version, expiredAt, null, null);
    }
}
