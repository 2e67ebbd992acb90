package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.OrderRequest;

/** A tenant's request to open an order, as it arrived over HTTP. */
public record RequestOrderCommand(String tenantId, OrderRequest request) {
}
