package com.fluxpay.gateway.idempotency.adapter.out.persistence;

import com.fluxpay.gateway.idempotency.application.port.IdempotencyRecords;
import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency records in Postgres: the primary key on (tenant, key) decides who claims a key. */
public class JdbcIdempotencyRecords implements IdempotencyRecords {

    private final JdbcTemplate jdbc;

    public JdbcIdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String tenantId, String key, String requestHash, Instant lockedUntil, Instant expiresAt) {
        return jdbc.update("""
                INSERT INTO idempotency_record (tenant_id, idempotency_key, request_hash, state, created_at,
                                                locked_until, expires_at)
                VALUES (?, ?, ?, 'IN_FLIGHT', now(), ?, ?) ON CONFLICT DO NOTHING""",
                tenantId, key, requestHash, Timestamp.from(lockedUntil), Timestamp.from(expiresAt)) == 1;
    }

    @Override
    public boolean takeOver(String tenantId, String key, Instant now, Instant lockedUntil) {
        return jdbc.update("""
                UPDATE idempotency_record SET locked_until = ?
                 WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_FLIGHT' AND locked_until <= ?""",
                Timestamp.from(lockedUntil), tenantId, key, Timestamp.from(now)) == 1;
    }

    @Override
    public void renew(Collection<Claim> claims, Instant lockedUntil) {
        if (claims.isEmpty()) {
            return;
        }
        Timestamp until = Timestamp.from(lockedUntil);
        jdbc.batchUpdate("""
                UPDATE idempotency_record SET locked_until = ?
                 WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_FLIGHT'""",
                claims.stream().map(claim -> new Object[] {until, claim.tenantId(), claim.key()}).toList());
    }

    @Override
    public Optional<IdempotencyRecord> find(String tenantId, String key) {
        return jdbc.query("""
                SELECT request_hash, state, response_status, content_type, location, response_body, locked_until
                  FROM idempotency_record WHERE tenant_id = ? AND idempotency_key = ?""",
                (rs, n) -> new IdempotencyRecord(tenantId, key, rs.getString(1),
                        "COMPLETED".equals(rs.getString(2)) ? new StoredResponse(rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getBytes(6)) : null,
                        rs.getTimestamp(7).toInstant()),
                tenantId, key).stream().findFirst();
    }

    @Override
    public void complete(String tenantId, String key, StoredResponse response) {
        jdbc.update("""
                UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?, content_type = ?, location = ?,
                       response_body = ? WHERE tenant_id = ? AND idempotency_key = ?""",
                response.status(), response.contentType(), response.location(), response.body(), tenantId, key);
    }

    @Override
    public void release(String tenantId, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE tenant_id = ? AND idempotency_key = ? AND state = 'IN_FLIGHT'",
                tenantId, key);
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbc.update("DELETE FROM idempotency_record WHERE expires_at < ?", Timestamp.from(now));
    }
}
