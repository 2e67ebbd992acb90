package com.fluxpay.gateway.tenant.application.port;

import com.fluxpay.gateway.tenant.domain.ApiKey;
import com.fluxpay.gateway.tenant.domain.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tenants and their API keys, kept by the gateway. */
public interface Tenants {

    void add(Tenant tenant, ApiKey firstKey);

    Optional<Tenant> find(String tenantId);

    void addKey(ApiKey key);

    /**
     * The active key with this hash and its tenant. May answer from memory: a key revoked elsewhere can be
     * found for a few seconds more (the implementation states its bound).
     */
    Optional<KeyOwner> findActiveKey(String keyHash);

    List<ApiKey> keysOf(String tenantId);

    /** @return false if the tenant has no such active key */
    boolean revokeKey(String tenantId, String keyId, Instant at);

    record KeyOwner(ApiKey key, Tenant tenant) {
    }
}
