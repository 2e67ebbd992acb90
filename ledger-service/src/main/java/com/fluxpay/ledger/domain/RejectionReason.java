package com.fluxpay.ledger.domain;

public enum RejectionReason {
    NON_POSITIVE_AMOUNT,
    ALREADY_APPROVED,
    NO_APPROVAL_SEEN,
    NO_PENDING_HOLD,
    CAPTURE_EXCEEDS_HOLD,
    REFUND_EXCEEDS_CAPTURED,
    CURRENCY_DIFFERS,
    TENANT_DIFFERS,
    OVERDRAFT,
    /** A paid grant whose event states no price or currency: it cannot be valued. */
    UNPRICED_TOP_UP,
    /** A top-up granted before the merchant payable holds its payment: the payment is not booked yet. */
    TOP_UP_PAYMENT_NOT_BOOKED
}
