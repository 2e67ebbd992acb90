package com.fluxpay.contracts.payment;

import java.time.Instant;

/**
 * Part or all of an authorization was captured; {@code amount} is this capture, {@code capturedTotal} all so
 * far. {@code commandId} is the CapturePayment's, so whoever asked can match the answer to the question.
 */
public record PaymentCaptured(String paymentId, String commandId, String orderId, String tenantId, long amount,
                              long capturedTotal, String currency, Instant capturedAt) {

}
