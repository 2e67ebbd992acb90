package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.OrderOutcome;
import java.time.Clock;

/**
 * Opens an order and announces it. Runs inside the caller's transaction, so the order row and its event
 * commit together. A command for an order that already exists changes nothing: commands can arrive twice.
 */
public final class OpeningOrder {

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;

    public OpeningOrder(Orders orders, OrderEvents events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    public OrderOutcome open(OpenOrderCommand command) {
        var id = new OrderId(command.orderId());
        var existing = orders.find(id);
        if (existing.isPresent()) {
            return new OrderOutcome.Opened(existing.get());
        }
        OrderOutcome outcome = Order.open(id, command.tenantId(), command.amount(), command.currency(),
                command.description(), command.metadata(), clock.instant());
        switch (outcome) {
            case OrderOutcome.Opened opened -> {
                orders.add(opened.order());
                events.opened(opened.order());
            }
            case OrderOutcome.Refused refused -> events.refused(refused, command.tenantId(), clock.instant());
        }
        return outcome;
    }
}
