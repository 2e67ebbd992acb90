package com.fluxpay.contracts.order;

import java.time.Instant;
import java.util.Map;

/** An order was opened and waits for payment. Amounts are minor units of an ISO-4217 currency. */
public record OrderCreated(String orderId, String tenantId, long amount, String currency, String description,
                           Map<String, String> metadata, String status, Instant createdAt) {
}
