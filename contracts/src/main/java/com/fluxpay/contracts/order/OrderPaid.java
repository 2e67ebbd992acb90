package com.fluxpay.contracts.order;

import java.time.Instant;

/**
 * The order's payment was approved: the customer has paid. {@code status} (PAID) and {@code version} are the
 * order's after the change.
 */
public record OrderPaid(String orderId, String tenantId, String paymentId, long amount, String currency,
                        Instant paidAt, OrderStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); payment-service states both. */
    public OrderPaid(String orderId, String tenantId, String paymentId, long amount, String currency,
                     Instant paidAt) {
        this(orderId, tenantId, paymentId, amount, currency, paidAt, null, 0);
    }
}
