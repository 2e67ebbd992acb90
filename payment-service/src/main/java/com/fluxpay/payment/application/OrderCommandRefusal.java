package com.fluxpay.payment.application;

/** Why a complete or cancel request changed nothing; each maps to a stable code. */
public enum OrderCommandRefusal {
    /** No such order for this tenant (another tenant's order is answered the same way). */
    NOT_FOUND,
    /** The order's payment is still being charged or reconciled: ask again once it settled. */
    PAYMENT_IN_PROGRESS,
    NOT_PAID,
    ALREADY_COMPLETED,
    ALREADY_CANCELLED
}
