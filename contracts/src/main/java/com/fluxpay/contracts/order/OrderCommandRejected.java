package com.fluxpay.contracts.order;

import java.time.Instant;

/** A complete or cancel request changed nothing; {@code code} is a stable error code (docs/errors.md). */
public record OrderCommandRejected(String commandId, String orderId, String tenantId, String code, String reason,
                                   Instant rejectedAt) {
}
