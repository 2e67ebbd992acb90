package com.fluxpay.contracts.order;

import java.time.Instant;
import java.util.Map;

/**
 * An order was opened and waits for payment. Amounts are minor units of an ISO-4217 currency. {@code status}
 * is an {@link OrderStatus} name (PENDING; a String since the first version of this event) and
 * {@code version} the order's version, 1 for a new order.
 */
public record OrderCreated(String orderId, String tenantId, long amount, String currency, String description,
                           Map<String, String> metadata, String status, Instant createdAt, long version) {

    /** The shape before the version was stated (readers' fixtures); payment-service states it. */
    public OrderCreated(String orderId, String tenantId, long amount, String currency, String description,
                        Map<String, String> metadata, String status, Instant createdAt) {
        this(orderId, tenantId, amount, currency, description, metadata, status, createdAt, 0);
    }
}
