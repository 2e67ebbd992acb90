package com.fluxpay.payment.domain;

/** What opening an order came to: business refusals are values, not exceptions. */
public sealed interface OrderOutcome permits OrderOutcome.Opened, OrderOutcome.Refused {

    record Opened(Order order) implements OrderOutcome {
    }

    record Refused(OrderId orderId, Reason reason) implements OrderOutcome {
    }

    /** Why an order was refused; each maps to a stable API error code. */
    enum Reason {
        AMOUNT_NOT_POSITIVE, UNKNOWN_CURRENCY, TOO_LARGE
    }
}
