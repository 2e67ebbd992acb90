package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderId;
import java.util.Optional;

/** The orders payment-service keeps. */
public interface Orders {

    Optional<Order> find(OrderId id);

    void add(Order order);

    void update(Order order);
}
