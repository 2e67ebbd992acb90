package com.fluxpay.contracts.payment;

import java.time.Instant;

/** An authorization was voided; {@code releasedAmount} of it was never captured. {@code commandId}: the CancelPayment's. */
public record PaymentCanceled(String paymentId, String commandId, String orderId, String tenantId, long releasedAmount,
                              String currency, String reason, Instant canceledAt) {

}
