package com.fluxpay.contracts.order;

import java.time.Instant;

/**
 * The order will not be paid, or no longer is. {@code cause} says why; {@code code} is the payment's stable
 * error code when the cause is {@link Cause#PAYMENT_FAILED}, else null. {@code commandId} is the CancelOrder
 * that asked, when one did. {@code status} (CANCELED) and {@code version} are the order's after the change.
 */
public record OrderCanceled(String orderId, String tenantId, String code, String reason, Instant canceledAt,
                            Cause cause, String commandId, OrderStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public OrderCanceled(String orderId, String tenantId, String code, String reason, Instant canceledAt,
                         Cause cause, String commandId) {
        this(orderId, tenantId, code, reason, canceledAt, cause, commandId, null, 0);
    }

    public enum Cause {
        /** The order's payment failed (declined, or not charged at the PSP). */
        PAYMENT_FAILED,
        /** The tenant canceled an order that had not been paid. */
        CANCELED_BEFORE_PAYMENT,
        /** All the money went back: the authorization was voided and everything captured refunded. */
        PAYMENT_RETURNED
    }
}
