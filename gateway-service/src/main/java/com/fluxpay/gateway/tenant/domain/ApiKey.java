package com.fluxpay.gateway.tenant.domain;

import java.time.Instant;

/** A stored key: everything but the secret itself. */
public record ApiKey(String id, String tenantId, KeyMode mode, String prefix, String hash, Instant createdAt,
                     Instant revokedAt) {
}
