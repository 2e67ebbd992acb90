package com.fluxpay.contracts.order;

import java.time.Instant;

/** A paid order was fulfilled; it can no longer be cancelled (money goes back by refund only). */
public record OrderCompleted(String orderId, String tenantId, String commandId, Instant completedAt) {
}
