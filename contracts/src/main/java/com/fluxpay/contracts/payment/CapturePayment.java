package com.fluxpay.contracts.payment;

/** Capture all or part of an authorized payment. {@code commandId} makes the request idempotent. */
public record CapturePayment(String commandId, String paymentId, String tenantId, long amount) {
}
