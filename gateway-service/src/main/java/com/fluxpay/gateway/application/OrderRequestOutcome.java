package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.OrderRequest.Violation;
import com.fluxpay.gateway.domain.OrderView;
import java.util.List;

/** How an order request ended, as far as the caller is concerned. */
public sealed interface OrderRequestOutcome {

    /** Bad input: nothing was sent anywhere. */
    record Invalid(List<Violation> violations) implements OrderRequestOutcome {
    }

    /** Payment-service opened the order within the wait. */
    record Created(OrderView order) implements OrderRequestOutcome {
    }

    /** Payment-service refused the order within the wait. */
    record Rejected(OrderView order) implements OrderRequestOutcome {
    }

    /** Sent, but no answer yet: the caller polls the order's location. */
    record Accepted(String orderId) implements OrderRequestOutcome {
    }
}
