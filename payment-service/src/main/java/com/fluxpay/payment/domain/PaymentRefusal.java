package com.fluxpay.payment.domain;

/**
 * Why an order takes no payment now. Decided before anything is stored or sent: no PSP was asked, so none of
 * these is a decline. Each maps to a stable code (PAY_003 for a paid order, PAY_004 for the others).
 */
public enum PaymentRefusal {
    /** Another payment paid the order already. */
    ORDER_ALREADY_PAID,
    /** The order was paid and fulfilled; it takes no other payment. */
    ORDER_COMPLETED,
    /** The order was cancelled (by the tenant, or because its payment failed or was returned). */
    ORDER_CANCELED,
    /** The payment's amount or currency is not the order's. */
    AMOUNT_MISMATCH,
    /** Another payment of the order is still being charged or reconciled: its outcome decides the order's. */
    PAYMENT_IN_PROGRESS
}
