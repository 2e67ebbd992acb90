package com.fluxpay.contracts.order;

import java.time.Instant;

/** The order will not be paid: its payment failed or was canceled. {@code code} is a stable error code. */
public record OrderCancelled(String orderId, String tenantId, String code, String reason, Instant cancelledAt) {
}
