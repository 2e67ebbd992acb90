package com.fluxpay.contracts.order;

import java.time.Instant;

/**
 * A paid order was fulfilled; it can no longer be canceled (money goes back by refund only). {@code status}
 * (COMPLETED) and {@code version} are the order's after the change.
 */
public record OrderCompleted(String orderId, String tenantId, String commandId, Instant completedAt,
                             OrderStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public OrderCompleted(String orderId, String tenantId, String commandId, Instant completedAt) {
        this(orderId, tenantId, commandId, completedAt, null, 0);
    }
}
