package com.fluxpay.payment.application;

import com.fluxpay.payment.domain.OrderId;

/** A tenant's request to complete or cancel an order. {@code commandId} makes it idempotent. */
public record OrderCommand(Kind kind, String commandId, OrderId orderId, String tenantId, String reason) {

    public enum Kind {
        COMPLETE, CANCEL
    }
}
