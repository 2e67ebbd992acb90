package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderId;
import java.util.Optional;

/** The orders payment-service keeps. */
public interface Orders {

    Optional<Order> find(OrderId id);

    /**
     * Finds and locks the order until the transaction ends: a payment starting for it and a cancellation
     * of it take turns, so an order is never both canceled and charged.
     */
    Optional<Order> lock(OrderId id);

    void add(Order order);

    void update(Order order);
}
