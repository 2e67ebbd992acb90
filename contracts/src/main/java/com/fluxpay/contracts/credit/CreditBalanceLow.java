package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * The available balance fell below the account's {@code threshold}; once per crossing (not again until it was
 * back at or above it). {@code version}: the movement that crossed it.
 */
public record CreditBalanceLow(String accountId, String tenantId, String customerId, String unit, long threshold,
                               long available, long reserved, long version, Instant at) {
}
