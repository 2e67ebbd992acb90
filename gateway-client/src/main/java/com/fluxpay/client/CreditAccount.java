package com.fluxpay.client;

import java.time.Instant;

/** A customer's balance of one unit (GET /api/v1/credits/accounts/{customerId}/{unit}). */
public record CreditAccount(String customerId, String unit, long available, long reserved, long version,
                            Instant updatedAt) {
}
