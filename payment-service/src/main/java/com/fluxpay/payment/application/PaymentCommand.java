package com.fluxpay.payment.application;

import com.fluxpay.payment.domain.PaymentId;

/** A capture, cancel or refund. {@code commandId} (the refund id for refunds) makes it idempotent. */
public record PaymentCommand(Kind kind, String commandId, PaymentId paymentId, String tenantId, long amount,
                             String reason) {

    public enum Kind {
        CAPTURE, CANCEL, REFUND
    }
}
