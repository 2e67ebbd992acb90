package com.fluxpay.gateway.tenant.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.tenant.application.port.Tenants.KeyOwner;
import com.fluxpay.gateway.tenant.domain.ApiKey;
import com.fluxpay.gateway.tenant.domain.KeyMode;
import com.fluxpay.gateway.tenant.domain.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The API-key cache in front of the key lookup every /api request makes. */
class JdbcTenantsKeyCacheTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

    private final KeyTable table = new KeyTable();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final JdbcTenants tenants = new JdbcTenants(table, null, TTL, nanos::get);

    @Test
    void an_active_key_is_read_from_the_database_once_within_the_ttl() {
        table.add(key("key_1", "hash_1"));

        assertThat(tenants.findActiveKey("hash_1")).isPresent();
        nanos.addAndGet(TTL.toNanos() - 1);
        assertThat(tenants.findActiveKey("hash_1")).isPresent();

        assertThat(table.lookups).isEqualTo(1);
    }

    @Test
    void a_key_revoked_through_another_instance_stops_working_once_the_ttl_has_passed() {
        table.add(key("key_1", "hash_1"));
        assertThat(tenants.findActiveKey("hash_1")).isPresent();

        table.revokedElsewhere("key_1");
        nanos.addAndGet(TTL.toNanos());

        assertThat(tenants.findActiveKey("hash_1")).isEmpty();
    }

    @Test
    void a_key_revoked_through_this_instance_stops_working_at_once() {
        table.add(key("key_1", "hash_1"));
        assertThat(tenants.findActiveKey("hash_1")).isPresent();

        assertThat(tenants.revokeKey("ten_1", "key_1", T0)).isTrue();

        assertThat(tenants.findActiveKey("hash_1")).isEmpty();
    }

    @Test
    void an_unknown_key_is_not_remembered_so_a_key_issued_afterwards_works_at_once() {
        assertThat(tenants.findActiveKey("hash_1")).isEmpty();

        table.add(key("key_1", "hash_1"));

        assertThat(tenants.findActiveKey("hash_1")).isPresent();
        assertThat(table.lookups).isEqualTo(2);
    }

    private static ApiKey key(String id, String hash) {
        return new ApiKey(id, "ten_1", KeyMode.TEST, "fp_test_AbC", hash, T0, null);
    }

    /** The api_key table as findActiveKey and revokeKey see it, without a database. */
    private static final class KeyTable extends JdbcTemplate {

        private final Map<String, ApiKey> activeByHash = new HashMap<>();
        private final Tenant tenant = new Tenant("ten_1", "acme", new Tenant.RateLimit(100, 200), T0);
        int lookups;

        void add(ApiKey key) {
            activeByHash.put(key.hash(), key);
        }

        void revokedElsewhere(String keyId) {
            activeByHash.values().removeIf(key -> key.id().equals(keyId));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            lookups++;
            ApiKey key = activeByHash.get((String) args[0]);
            return key == null ? List.of() : List.of((T) new KeyOwner(key, tenant));
        }

        @Override
        public int update(String sql, Object... args) {
            String keyId = (String) args[1];
            boolean active = activeByHash.values().stream().anyMatch(key -> key.id().equals(keyId));
            revokedElsewhere(keyId);
            return active ? 1 : 0;
        }
    }
}
