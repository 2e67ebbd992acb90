package com.fluxpay.contracts.order;

/** The tenant says a paid order is fulfilled (the service it paid for ran). {@code commandId} makes it idempotent. */
public record CompleteOrder(String commandId, String orderId, String tenantId) {
}
