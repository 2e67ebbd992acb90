package com.fluxpay.gateway.credit.adapter.out.persistence;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.credit.application.port.CreditProjection;
import com.fluxpay.gateway.credit.application.port.CreditViews;
import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.persistence.KeysetQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The credit read models in the gateway's schema (V12). */
public class JdbcCreditViews implements CreditViews, CreditProjection {

    private static final String ACCOUNT = """
            SELECT account_id, tenant_id, customer_id, unit, available, reserved, version, updated_at
              FROM credit_account_view""";
    private static final String MOVEMENT = """
            SELECT account_id, movement_id, kind, quantity, available, reserved, version, grant_id, usage_id, cause,
                   occurred_at FROM credit_movement_view""";
    // the account id is derived from tenant, customer and unit (CreditAccountIds), so it scopes to the tenant
    private static final KeysetQuery STATEMENT = KeysetQuery.of(MOVEMENT, "occurred_at", "movement_id")
            .where("account_id = ?");
    private static final String GRANT = """
            SELECT grant_id, tenant_id, customer_id, unit, quantity, expires_at, reason, status, failure_code,
                   failure_reason, available, reserved, version, requested_at, updated_at FROM credit_grant_view""";
    private static final String USAGE = """
            SELECT usage_id, tenant_id, account_id, customer_id, unit, feature, quantity, consumed, status,
                   reservation_id, expires_at, failure_code, failure_reason, available, reserved, version,
                   requested_at, updated_at FROM credit_reservation_view""";

    private final JdbcTemplate jdbc;

    public JdbcCreditViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CreditAccountView> findAccount(TenantId tenant, String customerId, String unit) {
        String tenantId = tenant.value();
        return jdbc.query(ACCOUNT + " WHERE tenant_id = ? AND customer_id = ? AND unit = ?", JdbcCreditViews::account,
                tenantId, customerId, unit).stream().findFirst();
    }

    @Override
    public List<CreditMovementView> movements(String accountId, Optional<Cursor> after, int limit) {
        return STATEMENT.list(jdbc, JdbcCreditViews::movement, accountId, after, limit);
    }

    @Override
    public Optional<CreditGrantView> findGrant(TenantId tenant, String grantId) {
        String tenantId = tenant.value();
        return jdbc.query(GRANT + " WHERE grant_id = ? AND tenant_id = ?", JdbcCreditViews::grant, grantId, tenantId)
                .stream().findFirst();
    }

    @Override
    public Optional<CreditUsageView> findUsage(TenantId tenant, String usageId) {
        String tenantId = tenant.value();
        return jdbc.query(USAGE + " WHERE tenant_id = ? AND usage_id = ?", JdbcCreditViews::usage, tenantId, usageId)
                .stream().findFirst();
    }

    @Override
    public void stated(CreditAccountView account) {
        var balance = account.balance();
        jdbc.update("""
                INSERT INTO credit_account_view (account_id, tenant_id, customer_id, unit, available, reserved, version,
                                                 updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET available = EXCLUDED.available, reserved = EXCLUDED.reserved,
                       version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                 WHERE credit_account_view.version < EXCLUDED.version""",
                account.accountId(), account.tenantId(), account.customerId(), account.unit(), balance.available(),
                balance.reserved(), balance.version(), Timestamp.from(account.updatedAt()));
    }

    @Override
    public void moved(String tenantId, CreditMovementView movement) {
        var balance = movement.balanceAfter();
        jdbc.update("""
                INSERT INTO credit_movement_view (account_id, movement_id, tenant_id, version, kind, quantity, available,
                                                  reserved, grant_id, usage_id, cause, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                movement.accountId(), movement.movementId(), tenantId, balance.version(), movement.kind(),
                movement.quantity(), balance.available(), balance.reserved(), movement.grantId(), movement.usageId(),
                movement.cause(), Timestamp.from(movement.at()));
    }

    @Override
    public void granted(CreditGrantView grant) {
        var balance = grant.balance();
        jdbc.update("""
                INSERT INTO credit_grant_view (grant_id, tenant_id, customer_id, unit, quantity, expires_at, status,
                                               available, reserved, version, requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'GRANTED', ?, ?, ?, ?, ?)
                ON CONFLICT (grant_id) DO UPDATE SET status = 'GRANTED', available = EXCLUDED.available,
                       reserved = EXCLUDED.reserved, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                 WHERE credit_grant_view.version <= EXCLUDED.version""",
                grant.id(), grant.tenantId(), grant.customerId(), grant.unit(), grant.quantity(),
                timestamp(grant.expiresAt()), balance.available(), balance.reserved(), balance.version(),
                Timestamp.from(grant.requestedAt()), Timestamp.from(grant.updatedAt()));
    }

    @Override
    public void grantRejected(String grantId, String code, String reason, Instant at) {
        jdbc.update("""
                UPDATE credit_grant_view SET status = 'REJECTED', failure_code = ?, failure_reason = ?, updated_at = ?
                 WHERE grant_id = ? AND status = 'REQUESTED'""", code, reason, Timestamp.from(at), grantId);
    }

    @Override
    public void answered(CreditUsageView usage) {
        var balance = usage.balance();
        jdbc.update("""
                INSERT INTO credit_reservation_view (tenant_id, usage_id, account_id, customer_id, unit, quantity,
                                                     status, reservation_id, expires_at, failure_code, failure_reason,
                                                     available, reserved, version, requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, usage_id) DO UPDATE SET status = EXCLUDED.status,
                       quantity = EXCLUDED.quantity, reservation_id = EXCLUDED.reservation_id,
                       expires_at = EXCLUDED.expires_at, failure_code = EXCLUDED.failure_code,
                       failure_reason = EXCLUDED.failure_reason, available = EXCLUDED.available,
                       reserved = EXCLUDED.reserved, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                 WHERE credit_reservation_view.status IN ('REQUESTED', 'RESERVED', 'REJECTED')
                   AND credit_reservation_view.version <= EXCLUDED.version""",
                usage.tenantId(), usage.usageId(), usage.accountId(), usage.customerId(), usage.unit(),
                usage.quantity(), usage.status(), usage.reservationId(), timestamp(usage.expiresAt()),
                usage.failureCode(), usage.failureReason(), balance.available(), balance.reserved(), balance.version(),
                Timestamp.from(usage.requestedAt()), Timestamp.from(usage.updatedAt()));
    }

    @Override
    public void consumed(String tenantId, String usageId, long quantity, CreditBalance balance, Instant at) {
        jdbc.update("""
                UPDATE credit_reservation_view SET status = 'CONSUMED', consumed = ?, available = ?, reserved = ?,
                       version = ?, updated_at = ?
                 WHERE tenant_id = ? AND usage_id = ? AND version <= ?""",
                quantity, balance.available(), balance.reserved(), balance.version(), Timestamp.from(at), tenantId,
                usageId, balance.version());
    }

    @Override
    public void released(String tenantId, String usageId, boolean unused, CreditBalance balance, Instant at) {
        jdbc.update("""
                UPDATE credit_reservation_view SET status = ?, available = ?, reserved = ?, version = ?, updated_at = ?
                 WHERE tenant_id = ? AND usage_id = ? AND version <= ?""",
                unused ? CreditUsageView.CONSUMED : CreditUsageView.RELEASED, balance.available(), balance.reserved(),
                balance.version(), Timestamp.from(at), tenantId, usageId, balance.version());
    }

    @Override
    public void insertRequested(CreditGrantView grant) {
        jdbc.update("""
                INSERT INTO credit_grant_view (grant_id, tenant_id, customer_id, unit, quantity, expires_at, reason,
                                               status, requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (grant_id) DO NOTHING""",
                grant.id(), grant.tenantId(), grant.customerId(), grant.unit(), grant.quantity(),
                timestamp(grant.expiresAt()), grant.reason(), Timestamp.from(grant.requestedAt()),
                Timestamp.from(grant.updatedAt()));
    }

    @Override
    public void insertRequested(CreditUsageView usage) {
        jdbc.update("""
                INSERT INTO credit_reservation_view (tenant_id, usage_id, account_id, customer_id, unit, feature,
                                                     quantity, status, requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (tenant_id, usage_id) DO NOTHING""",
                usage.tenantId(), usage.usageId(), usage.accountId(), usage.customerId(), usage.unit(), usage.feature(),
                usage.quantity(), Timestamp.from(usage.requestedAt()), Timestamp.from(usage.updatedAt()));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static CreditBalance balance(ResultSet rs) throws SQLException {
        long available = rs.getLong("available");
        return rs.wasNull() ? null : new CreditBalance(available, rs.getLong("reserved"), rs.getLong("version"));
    }

    private static CreditAccountView account(ResultSet rs, int row) throws SQLException {
        return new CreditAccountView(rs.getString("account_id"), rs.getString("tenant_id"), rs.getString("customer_id"),
                rs.getString("unit"), balance(rs), instant(rs, "updated_at"));
    }

    private static CreditMovementView movement(ResultSet rs, int row) throws SQLException {
        return new CreditMovementView(rs.getString("account_id"), rs.getString("movement_id"), rs.getString("kind"),
                rs.getLong("quantity"), balance(rs), rs.getString("grant_id"), rs.getString("usage_id"),
                rs.getString("cause"), instant(rs, "occurred_at"));
    }

    private static CreditGrantView grant(ResultSet rs, int row) throws SQLException {
        return new CreditGrantView(rs.getString("grant_id"), rs.getString("tenant_id"), rs.getString("customer_id"),
                rs.getString("unit"), rs.getLong("quantity"), instant(rs, "expires_at"), rs.getString("reason"),
                rs.getString("status"), rs.getString("failure_code"), rs.getString("failure_reason"), balance(rs),
                instant(rs, "requested_at"), instant(rs, "updated_at"));
    }

    private static CreditUsageView usage(ResultSet rs, int row) throws SQLException {
        return new CreditUsageView(rs.getString("usage_id"), rs.getString("tenant_id"), rs.getString("account_id"),
                rs.getString("customer_id"), rs.getString("unit"), rs.getString("feature"), rs.getLong("quantity"),
                rs.getLong("consumed"), rs.getString("status"), rs.getString("reservation_id"),
                instant(rs, "expires_at"), rs.getString("failure_code"), rs.getString("failure_reason"), balance(rs),
                instant(rs, "requested_at"), instant(rs, "updated_at"));
    }
}
