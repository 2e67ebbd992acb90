package com.fluxpay.payment.domain;

/** Everything that can happen to a payment. Whether it may happen in a state is the table's business. */
public enum PaymentTransition {
    /** The PSP approved a MANUAL-capture payment: money is held, not taken. */
    APPROVE_AUTHORIZATION,
    /** The PSP approved an AUTOMATIC-capture payment: one-step purchase, money taken. */
    APPROVE_PURCHASE,
    /** Declined, or the PSP has no record of the charge: no money moved. */
    FAIL,
    /** The PSP's answer was lost; the reconciler will ask. */
    LOSE_OUTCOME,
    /** A capture that leaves part of the authorization open for further captures. */
    CAPTURE_KEEP_OPEN,
    /** A capture that closes the authorization: all of it captured, or the PSP released the rest (Stripe). */
    CAPTURE_CLOSE,
    /** Void an authorization nothing was captured from. */
    CANCEL,
    /** Void what is left of a partly captured authorization. */
    RELEASE_REMAINDER,
    /** A refund that leaves some captured money with the merchant. */
    REFUND_PART,
    /** A refund of everything still refundable. */
    REFUND_REST
}
