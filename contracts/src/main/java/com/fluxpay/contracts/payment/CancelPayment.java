package com.fluxpay.contracts.payment;

/** Void an authorization that was not captured. */
public record CancelPayment(String commandId, String paymentId, String tenantId, String reason) {
}
