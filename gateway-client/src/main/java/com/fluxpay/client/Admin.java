package com.fluxpay.client;

import java.time.Instant;

/** The operator's API (/admin/v1): tenants and their API keys. */
public final class Admin {

    private Admin() {
    }

    /** Rate limit fields are optional (null: the gateway's defaults); {@code mode} test or live. */
    public record NewTenant(String name, String mode, Integer ratePerSecond, Integer burst) {

        public static NewTenant named(String name) {
            return new NewTenant(name, null, null, null);
        }
    }

    public record NewKey(String mode) {
    }

    public record Tenant(String id, String name, RateLimit rateLimit, Instant createdAt) {
    }

    public record RateLimit(int perSecond, int burst) {
    }

    /** {@code secret} is present only in the answer that created the key. */
    public record ApiKey(String id, String mode, String prefix, String secret, Instant createdAt, Instant revokedAt) {
    }

    public record CreatedTenant(Tenant tenant, ApiKey apiKey) {
    }
}
