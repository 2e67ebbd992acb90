package com.fluxpay.contracts.payment;

/**
 * Where a payment is, as its events state it: payment-service's own payment states, partial ones included
 * (see docs/payments.md for the transitions). A reader copies it and never works it out from amounts or the
 * event's type.
 */
public enum PaymentStatus {
    /** Stored, and on its way to the PSP. */
    PROCESSING,
    /** The PSP's answer was lost; payment-service asks the PSP until it knows. */
    UNKNOWN,
    AUTHORIZED,
    PARTIALLY_CAPTURED,
    CAPTURED,
    CANCELED,
    FAILED,
    PARTIALLY_REFUNDED,
    REFUNDED
}
