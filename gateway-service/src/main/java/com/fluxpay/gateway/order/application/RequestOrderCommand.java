package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.order.domain.OrderRequest;

/**
 * A tenant's request to open an order, as it arrived over HTTP. {@code idempotencyKey} is the client's
 * Idempotency-Key, or null: with one, the order id is derived from it, so a retry after a crash names the
 * same order instead of opening a second one.
 */
public record RequestOrderCommand(TenantId tenantId, OrderRequest request, String idempotencyKey) {
}
