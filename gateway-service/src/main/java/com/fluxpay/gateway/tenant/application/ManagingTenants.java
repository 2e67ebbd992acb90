package com.fluxpay.gateway.tenant.application;

import com.fluxpay.gateway.tenant.application.port.Tenants;
import com.fluxpay.gateway.tenant.domain.ApiKey;
import com.fluxpay.gateway.tenant.domain.ApiKeySecret;
import com.fluxpay.gateway.tenant.domain.KeyMode;
import com.fluxpay.gateway.tenant.domain.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The operator's side: tenants and their keys. A key's secret is returned once and never again. */
public final class ManagingTenants {

    private final Tenants tenants;
    private final Clock clock;
    private final Tenant.RateLimit defaultLimit;

    public ManagingTenants(Tenants tenants, Clock clock, Tenant.RateLimit defaultLimit) {
        this.tenants = tenants;
        this.clock = clock;
        this.defaultLimit = defaultLimit;
    }

    public NewKey create(CreateTenantCommand command) {
        var limit = new Tenant.RateLimit(
                command.ratePerSecond() != null ? command.ratePerSecond() : defaultLimit.perSecond(),
                command.burst() != null ? command.burst() : defaultLimit.burst());
        var tenant = new Tenant("ten_" + shortId(), command.name(), limit, clock.instant());
        var secret = ApiKeySecret.generate(command.mode());
        var key = keyFor(tenant.id(), secret);
        tenants.add(tenant, key);
        return new NewKey(tenant, key, secret);
    }

    public Optional<NewKey> issueKey(String tenantId, KeyMode mode) {
        return tenants.find(tenantId).map(tenant -> {
            var secret = ApiKeySecret.generate(mode);
            var key = keyFor(tenantId, secret);
            tenants.addKey(key);
            return new NewKey(tenant, key, secret);
        });
    }

    public boolean revokeKey(String tenantId, String keyId) {
        return tenants.revokeKey(tenantId, keyId, clock.instant());
    }

    public Optional<Tenant> find(String tenantId) {
        return tenants.find(tenantId);
    }

    public List<ApiKey> keysOf(String tenantId) {
        return tenants.keysOf(tenantId);
    }

    private ApiKey keyFor(String tenantId, ApiKeySecret secret) {
        return new ApiKey("key_" + shortId(), tenantId, secret.mode(), secret.prefix(), secret.hash(), clock.instant(),
                null);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** A key just made: the only moment its secret exists outside the merchant's hands. */
    public record NewKey(Tenant tenant, ApiKey key, ApiKeySecret secret) {
    }
}
