package com.fluxpay.credit.domain;

/**
 * Where every credit ever granted (of the grants loaded) is: {@code granted} equals the sum of all the others.
 * Expired credits are split by category because paid and free breakage are booked to different accounts.
 */
public record CreditTotals(long granted, long available, long reserved, long refundPending, long consumed,
                           long expiredPaid, long expiredFree, long refunded) {

    public long expired() {
        return expiredPaid + expiredFree;
    }

    public boolean addUp() {
        return granted == available + reserved + refundPending + consumed + expired() + refunded;
    }
}
