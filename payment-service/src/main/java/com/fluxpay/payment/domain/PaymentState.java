package com.fluxpay.payment.domain;

/** Where a payment is; {@link PaymentTransitions} says how it may move. */
public enum PaymentState {
    /** The attempt is stored and committed; the charge is (about to be) on its way to the PSP. */
    PROCESSING,
    /** The PSP's answer was lost (timeout, 5xx): money may or may not have moved; only asking the PSP tells. */
    UNKNOWN,
    AUTHORIZED,
    PARTIALLY_CAPTURED,
    CAPTURED,
    CANCELED,
    FAILED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    public boolean isTerminal() {
        return PaymentTransitions.allowedFrom(this).isEmpty();
    }
}
