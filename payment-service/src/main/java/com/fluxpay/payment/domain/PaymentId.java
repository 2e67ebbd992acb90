package com.fluxpay.payment.domain;

import java.util.Objects;

/** A payment's id, chosen by the gateway; a confirm that names an existing id never charges again. */
public record PaymentId(String value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a payment id is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
