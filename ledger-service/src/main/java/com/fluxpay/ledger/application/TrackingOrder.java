package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.TrackedOrders;
import com.fluxpay.ledger.domain.TrackedOrder;
import java.time.Clock;
import java.util.Currency;

/**
 * Records each order the first time it is announced. Runs inside the inbox's transaction, so the row and
 * the inbox entry commit together. The inbox drops a redelivered event; the check here covers the same
 * order announced again under a new event id, which the inbox cannot recognise.
 */
public final class TrackingOrder {

    private final TrackedOrders orders;
    private final Clock clock;

    public TrackingOrder(TrackedOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** @return true if the order was new to the ledger */
    public boolean track(TrackOrderCommand command) {
        if (orders.contains(command.orderId())) {
            return false;
        }
        orders.add(new TrackedOrder(command.orderId(), command.tenantId(), command.amount(),
                Currency.getInstance(command.currency()), command.status(), clock.instant()));
        return true;
    }
}
