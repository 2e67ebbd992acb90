package com.fluxpay.credit.domain;

/** What a movement did to the credits it names. */
public enum MovementKind {
    /** A new grant: its credits become available. */
    GRANTED,
    /** Available to reserved, for one reservation. */
    RESERVED,
    /** Reserved to consumed (a consumed reservation) or available to consumed (a direct spend). */
    CONSUMED,
    /** Reserved back to available: released, the unconsumed rest of a reservation, or a time-out. */
    RELEASED,
    /** Available to expired, at the grant's expiry: breakage, paid and free told apart by the allocations. */
    EXPIRED,
    /** Available to refund-pending: a refund of a top-up is on its way, nobody may spend these credits. */
    REFUND_HELD,
    /** Refund-pending to refunded: the money went back. */
    REFUNDED,
    /** Refund-pending back to available: the refund did not happen. */
    REFUND_CANCELLED;

    /** Whether its credits leave their grants for good, so the movement states their money value ({@link Draw}). */
    public boolean drawsFromGrants() {
        return this == CONSUMED || this == EXPIRED || this == REFUNDED;
    }
}
