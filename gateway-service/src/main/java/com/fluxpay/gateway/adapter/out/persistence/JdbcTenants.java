package com.fluxpay.gateway.adapter.out.persistence;

import com.fluxpay.gateway.application.port.Tenants;
import com.fluxpay.gateway.domain.tenant.ApiKey;
import com.fluxpay.gateway.domain.tenant.KeyMode;
import com.fluxpay.gateway.domain.tenant.Tenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenants and API keys in the gateway's schema. */
public class JdbcTenants implements Tenants {

    private static final String KEY_COLUMNS = "k.id, k.tenant_id, k.mode, k.prefix, k.key_hash, k.created_at, k.revoked_at";
    // aliased: joined with api_key, whose id and created_at would otherwise shadow the tenant's
    private static final String TENANT_COLUMNS = "t.id AS t_id, t.name AS t_name, t.rate_per_second AS t_rate, "
            + "t.burst AS t_burst, t.created_at AS t_created";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcTenants(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void add(Tenant tenant, ApiKey firstKey) {
        transactions.executeWithoutResult(status -> {
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
        return jdbc.update("UPDATE api_key SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at IS NULL",
                Timestamp.from(at), keyId, tenantId) == 1;
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
}
