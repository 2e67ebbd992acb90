package com.fluxpay.contracts.order;

/**
 * The tenant withdraws an order. A pending order is cancelled at once; a paid one first gives the money back
 * (the authorization is voided, what was captured is refunded) and is cancelled when nothing is kept.
 */
public record CancelOrder(String commandId, String orderId, String tenantId, String reason) {
}
