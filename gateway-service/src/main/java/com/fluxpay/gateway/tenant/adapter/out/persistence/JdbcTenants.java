package com.fluxpay.gateway.tenant.adapter.out.persistence;

import com.fluxpay.gateway.tenant.application.port.Tenants;
import com.fluxpay.gateway.tenant.domain.ApiKey;
import com.fluxpay.gateway.tenant.domain.KeyMode;
import com.fluxpay.gateway.tenant.domain.Tenant;
import com.fluxpay.platform.transactions.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tenants and API keys in the gateway's schema.
 *
 * <p>Every /api request authenticates, so active keys are remembered for {@link #KEY_CACHE_TTL} instead of
 * being read on every request (one query and one commit per request, the largest fixed cost of the accept
 * path after the idempotency claim). The bound this gives: a revoked key stops working on every gateway
 * instance within {@code KEY_CACHE_TTL} of the revocation's commit; on the instance that revoked it, at once
 * (its entry is dropped with the revocation; only a request that read the key concurrently can put it back,
 * and then for at most the TTL). A tenant's rate limit likewise may be up to the TTL old.
 * Unknown keys are not remembered, so a new key works at once and made-up keys cannot fill the cache.
 */
public class JdbcTenants implements Tenants {

    /** How long a revocation made through another gateway instance may take to reach this one. */
    public static final Duration KEY_CACHE_TTL = Duration.ofSeconds(5);
    // far more than the keys of all tenants a gateway serves at once; past it the cache starts over
    private static final int KEY_CACHE_MAX_ENTRIES = 10_000;

    private static final String KEY_COLUMNS = "k.id, k.tenant_id, k.mode, k.prefix, k.key_hash, k.created_at, k.revoked_at";
    // aliased: joined with api_key, whose id and created_at would otherwise shadow the tenant's
    private static final String TENANT_COLUMNS = "t.id AS t_id, t.name AS t_name, t.rate_per_second AS t_rate, "
            + "t.burst AS t_burst, t.created_at AS t_created";

    private final JdbcTemplate jdbc;
    private final Transactions transactions;
    private final long keyCacheTtlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, CachedOwner> activeKeys = new ConcurrentHashMap<>();

    public JdbcTenants(JdbcTemplate jdbc, Transactions transactions) {
        this(jdbc, transactions, KEY_CACHE_TTL, System::nanoTime);
    }

    JdbcTenants(JdbcTemplate jdbc, Transactions transactions, Duration keyCacheTtl, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.keyCacheTtlNanos = keyCacheTtl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void add(Tenant tenant, ApiKey firstKey) {
        transactions.run(() -> {
            jdbc.update("INSERT INTO tenant (id, name, rate_per_second, burst, created_at) VALUES (?, ?, ?, ?, ?)",
                    tenant.id(), tenant.name(), tenant.rateLimit().perSecond(), tenant.rateLimit().burst(),
                    Timestamp.from(tenant.createdAt()));
            addKey(firstKey);
        });
    }

    @Override
    public Optional<Tenant> find(String tenantId) {
        return jdbc.query("SELECT " + TENANT_COLUMNS + " FROM tenant t WHERE t.id = ?",
                (rs, n) -> tenant(rs), tenantId).stream().findFirst();
    }

    @Override
    public void addKey(ApiKey key) {
        jdbc.update("INSERT INTO api_key (id, tenant_id, mode, prefix, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                key.id(), key.tenantId(), key.mode().label(), key.prefix(), key.hash(), Timestamp.from(key.createdAt()));
    }

    @Override
    public Optional<KeyOwner> findActiveKey(String keyHash) {
        long now = nanoTime.getAsLong();
        CachedOwner cached = activeKeys.get(keyHash);
        if (cached != null && now - cached.readAt() < keyCacheTtlNanos) {
            return Optional.of(cached.owner());
        }
        Optional<KeyOwner> owner = readActiveKey(keyHash);
        if (owner.isPresent()) {
            if (activeKeys.size() >= KEY_CACHE_MAX_ENTRIES) {
                activeKeys.clear();
            }
            activeKeys.put(keyHash, new CachedOwner(owner.get(), now));
        } else {
            activeKeys.remove(keyHash);
        }
        return owner;
    }

    private Optional<KeyOwner> readActiveKey(String keyHash) {
        return jdbc.query("SELECT " + KEY_COLUMNS + ", " + TENANT_COLUMNS
                        + " FROM api_key k JOIN tenant t ON t.id = k.tenant_id"
                        + " WHERE k.key_hash = ? AND k.revoked_at IS NULL",
                (rs, n) -> new KeyOwner(key(rs), tenant(rs)), keyHash).stream().findFirst();
    }

    @Override
    public List<ApiKey> keysOf(String tenantId) {
        return jdbc.query("SELECT " + KEY_COLUMNS + " FROM api_key k WHERE k.tenant_id = ? ORDER BY k.created_at",
                (rs, n) -> key(rs), tenantId);
    }

    @Override
    public boolean revokeKey(String tenantId, String keyId, Instant at) {
        boolean revoked = jdbc.update(
                "UPDATE api_key SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at IS NULL",
                Timestamp.from(at), keyId, tenantId) == 1;
        // also when nothing changed: another instance may have revoked it while this one still remembers it
        activeKeys.values().removeIf(cached -> cached.owner().key().id().equals(keyId));
        return revoked;
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp(7);
        return new ApiKey(rs.getString(1), rs.getString(2), KeyMode.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private static Tenant tenant(ResultSet rs) throws SQLException {
        return new Tenant(rs.getString("t_id"), rs.getString("t_name"),
                new Tenant.RateLimit(rs.getInt("t_rate"), rs.getInt("t_burst")), rs.getTimestamp("t_created").toInstant());
    }

    private record CachedOwner(KeyOwner owner, long readAt) {
    }
}
