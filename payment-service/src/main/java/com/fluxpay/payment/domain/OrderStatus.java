package com.fluxpay.payment.domain;

/** Where an order is in its life: PENDING → PAID (→ COMPLETED), or PENDING → CANCELLED. */
public enum OrderStatus {
    PENDING, PAID, COMPLETED, CANCELLED
}
