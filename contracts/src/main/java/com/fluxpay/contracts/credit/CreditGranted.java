package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * Credits were added to an account: a free grant ({@code category} FREE, no price) or a top-up (PAID, its
 * {@code priceAmount} in minor units of {@code currency}). {@code available}, {@code reserved} and {@code version}
 * are the account's after the movement (version: the movement's sequence in the account, 1, 2, 3...).
 * {@code refundPending}: credits held for a top-up refund in flight, after the movement (null from producers
 * before it was stated: read as 0).
 */
public record CreditGranted(String accountId, String tenantId, String customerId, String unit, String grantId,
                            String category, long quantity, Instant expiresAt, Long priceAmount, String currency,
                            long available, long reserved, long version, Instant grantedAt, Long refundPending) {

    /** The shape before {@code refundPending} was stated (readers' fixtures). */
    public CreditGranted(String accountId, String tenantId, String customerId, String unit, String grantId,
                         String category, long quantity, Instant expiresAt, Long priceAmount, String currency,
                         long available, long reserved, long version, Instant grantedAt) {
        this(accountId, tenantId, customerId, unit, grantId, category, quantity, expiresAt, priceAmount, currency,
                available, reserved, version, grantedAt, null);
    }
}
