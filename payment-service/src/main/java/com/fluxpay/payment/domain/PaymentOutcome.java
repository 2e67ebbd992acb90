package com.fluxpay.payment.domain;

/** What asking a payment to change came to. A refusal is a value the caller publishes, not an exception. */
public sealed interface PaymentOutcome permits PaymentOutcome.Changed, PaymentOutcome.Rejected {

    /** The payment moved by {@code transition}; {@code amount} is what this step moved (capture, refund, release). */
    record Changed(Payment payment, PaymentTransition transition, Money amount) implements PaymentOutcome {
    }

    record Rejected(PaymentId paymentId, Reason reason, PaymentState state) implements PaymentOutcome {
    }

    /** Why a change was refused; each maps to a stable error code. */
    enum Reason {
        /** The table does not allow it in the payment's state. */
        STATE_MISMATCH,
        AMOUNT_NOT_POSITIVE,
        CURRENCY_MISMATCH,
        EXCEEDS_AUTHORIZED_AMOUNT,
        EXCEEDS_CAPTURED_AMOUNT
    }
}
