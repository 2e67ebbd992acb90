package com.fluxpay.gateway.credit.domain;

import java.time.Instant;

/** A customer's credits of one unit, as the last (highest-version) credit event stated them. */
public record CreditAccountView(String accountId, String tenantId, String customerId, String unit,
                                CreditBalance balance, Instant updatedAt) {
}
