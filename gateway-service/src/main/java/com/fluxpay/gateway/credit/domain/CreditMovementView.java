package com.fluxpay.gateway.credit.domain;

import java.time.Instant;

/**
 * One line of an account's statement: a movement event and the balance after it. {@code kind}: GRANTED,
 * RESERVED, DEDUCTED, RELEASED, REFUNDED, EXPIRED; {@code cause} says why credits were released (RELEASED,
 * UNUSED, TIMED_OUT) or what a grant was (FREE, PAID).
 */
public record CreditMovementView(String accountId, String movementId, String kind, long quantity,
                                 CreditBalance balanceAfter, String grantId, String usageId, String cause,
                                 Instant at) {

    /** The id that orders one account's movements of one instant by version: {@code 00000000000000000042:GRANTED}. */
    public static String idOf(long version, String kind) {
        return String.format(java.util.Locale.ROOT, "%020d:%s", version, kind);
    }
}
