package com.fluxpay.contracts.order;

/**
 * Where an order is, as its events state it: PENDING → PAID (→ COMPLETED), or → CANCELED. Mirrors
 * payment-service's own order states; a reader copies it and never works it out from the event's type.
 */
public enum OrderStatus {
    PENDING, PAID, COMPLETED, CANCELED
}
