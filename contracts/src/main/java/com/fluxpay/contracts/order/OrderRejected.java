package com.fluxpay.contracts.order;

import java.time.Instant;

/** A request to open an order was refused; {@code code} is the stable error code the API shows. */
public record OrderRejected(String orderId, String tenantId, String code, String reason, Instant rejectedAt) {
}
