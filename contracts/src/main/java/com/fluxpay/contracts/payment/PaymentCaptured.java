package com.fluxpay.contracts.payment;

import java.time.Instant;

/** Part or all of an authorization was captured; {@code amount} is this capture, {@code capturedTotal} all so far. */
public record PaymentCaptured(String paymentId, String orderId, String tenantId, long amount, long capturedTotal,
                              String currency, Instant capturedAt) {
}
