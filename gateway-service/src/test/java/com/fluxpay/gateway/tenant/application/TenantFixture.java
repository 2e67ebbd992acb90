package com.fluxpay.gateway.tenant.application;

import com.fluxpay.gateway.tenant.application.port.Tenants;
import com.fluxpay.gateway.tenant.domain.ApiKey;
import com.fluxpay.gateway.tenant.domain.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants and their keys in memory, with a count of key lookups. */
final class TenantFixture {

    private TenantFixture() {
    }

    static final class InMemoryTenants implements Tenants {

        final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
        final List<ApiKey> keys = new ArrayList<>();
        int lookups;

        @Override
        public void add(Tenant tenant, ApiKey firstKey) {
            tenants.put(tenant.id(), tenant);
            keys.add(firstKey);
        }

        @Override
        public Optional<Tenant> find(String tenantId) {
            return Optional.ofNullable(tenants.get(tenantId));
        }

        @Override
        public void addKey(ApiKey key) {
            keys.add(key);
        }

        @Override
        public Optional<KeyOwner> findActiveKey(String keyHash) {
            lookups++;
            return keys.stream().filter(key -> key.hash().equals(keyHash) && key.revokedAt() == null).findFirst()
                    .map(key -> new KeyOwner(key, tenants.get(key.tenantId())));
        }

        @Override
        public List<ApiKey> keysOf(String tenantId) {
            return keys.stream().filter(key -> key.tenantId().equals(tenantId)).toList();
        }

        @Override
        public boolean revokeKey(String tenantId, String keyId, Instant at) {
            for (int i = 0; i < keys.size(); i++) {
                var key = keys.get(i);
                if (key.id().equals(keyId) && key.tenantId().equals(tenantId) && key.revokedAt() == null) {
                    keys.set(i, new ApiKey(key.id(), key.tenantId(), key.mode(), key.prefix(), key.hash(),
                            key.createdAt(), at));
                    return true;
                }
            }
            return false;
        }
    }
}
