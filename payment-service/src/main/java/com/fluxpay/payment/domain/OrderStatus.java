package com.fluxpay.payment.domain;

/** Where an order is in its life: PENDING → PAID (→ COMPLETED), or PENDING → CANCELED. */
public enum OrderStatus {
    PENDING, PAID, COMPLETED, CANCELED
}
