package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.OrderCommandView;
import com.fluxpay.gateway.domain.OrderView;

/** How a complete or cancel request ended, as far as the gateway waited. */
public sealed interface OrderChangeOutcome {

    record OrderNotFound(String orderId) implements OrderChangeOutcome {
    }

    /** The order reached what was asked (now, or already before). */
    record Done(OrderView order) implements OrderChangeOutcome {
    }

    record Rejected(OrderView order, OrderCommandView command) implements OrderChangeOutcome {
    }

    /** Sent, not answered within the wait (a paid order's money is still going back, say). */
    record Accepted(OrderView order, OrderCommandView command) implements OrderChangeOutcome {
    }
}
