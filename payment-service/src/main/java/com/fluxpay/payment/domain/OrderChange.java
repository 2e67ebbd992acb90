package com.fluxpay.payment.domain;

/** What asking an order to complete or cancel came to: business refusals are values, not exceptions. */
public sealed interface OrderChange {

    Order order();

    /** The order moved; store it and announce it. */
    record Changed(Order order) implements OrderChange {
    }

    /** The order is already where it was asked to go: a repeated request, nothing to do. */
    record AlreadyThere(Order order) implements OrderChange {
    }

    /** A paid order is canceled by giving its money back first; it follows its payment when that is done. */
    record ReturnPaymentFirst(Order order) implements OrderChange {
    }

    record Refused(Order order, Reason reason) implements OrderChange {
    }

    enum Reason {
        /** The order's payment is still being charged or reconciled: its outcome decides what the order may do. */
        PAYMENT_IN_PROGRESS,
        /** Only a paid order can be completed. */
        NOT_PAID,
        /** A completed order is not canceled; its payment can still be refunded. */
        ALREADY_COMPLETED,
        /** A canceled order is never completed. */
        ALREADY_CANCELED
    }
}
