package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * A request (from the gateway, on behalf of a tenant) to give a customer free credits. {@code grantId} is chosen
 * by the sender, so a retried command names the same grant and grants once. {@code priority}: lower is drawn
 * first (absent: 1); {@code expiresAt} absent: never. Key: the account id ({@link CreditAccountIds#of}).
 */
public record GrantCredits(String grantId, String tenantId, String customerId, String unit, long quantity,
                           Integer priority, Instant expiresAt, String reason, Instant requestedAt) {
}
