package com.fluxpay.payment.domain;

/** Where an order is in its life: paid and completed come with the payment flow (issue 3). */
public enum OrderStatus {
    PENDING, PAID, COMPLETED, CANCELLED
}
