package com.fluxpay.payment.domain;

import java.util.Objects;

/** An order's id, chosen by the gateway when the order is requested. */
public record OrderId(String value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an order id is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
