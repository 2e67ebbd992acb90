package com.fluxpay.contracts.order;

/**
 * The tenant withdraws an order. A pending order is canceled at once; a paid one first gives the money back
 * (the authorization is voided, what was captured is refunded) and is canceled when nothing is kept.
 */
public record CancelOrder(String commandId, String orderId, String tenantId, String reason) {
}
