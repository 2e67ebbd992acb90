package com.fluxpay.credit.domain;

/**
 * What an account's customer can see: credits they can spend now, credits held by open reservations, and credits
 * held while a refund of them is in flight (spendable by nobody).
 */
public record Balance(long available, long reserved, long refundPending) {

    public static final Balance EMPTY = new Balance(0, 0, 0);

    public Balance {
        if (available < 0 || reserved < 0 || refundPending < 0) {
            throw new IllegalArgumentException("a balance is never negative: " + available + "/" + reserved + "/"
                    + refundPending);
        }
    }
}
