package com.fluxpay.client;

/** What a capture, cancel or refund answers once payment-service has done it (200). */
public record PaymentChange(Payment payment, PaymentCommand command) {
}
