package com.fluxpay.contracts.payment;

/** Refund all or part of what was captured; several partial refunds may follow each other. */
public record RefundPayment(String refundId, String paymentId, String tenantId, long amount, String reason) {
}
