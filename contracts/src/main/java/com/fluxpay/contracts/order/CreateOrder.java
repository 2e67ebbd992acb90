package com.fluxpay.contracts.order;

import java.util.Map;

/**
 * A request to open an order, sent by the gateway on behalf of a tenant. {@code requestId} is the
 * gateway's id for the HTTP request that asked; the order id is chosen by the gateway so the caller can
 * be answered with it before payment-service has seen the command.
 */
public record CreateOrder(String orderId, String tenantId, String requestId, long amount, String currency,
                          String description, Map<String, String> metadata) {
}
