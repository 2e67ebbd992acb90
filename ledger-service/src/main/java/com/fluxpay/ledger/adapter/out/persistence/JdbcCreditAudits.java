package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.CreditAudits;
import com.fluxpay.ledger.domain.audit.CreditAccountTotals;
import com.fluxpay.ledger.domain.audit.PaymentClaim;
import com.fluxpay.ledger.domain.audit.RecordedGrant;
import com.fluxpay.ledger.domain.audit.TopUpOrder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcCreditAudits implements CreditAudits {

    private final JdbcTemplate jdbc;

    public JdbcCreditAudits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TopUpOrder> topUpsToCheck(Instant settled, int limit) {
        return jdbc.query("""
                SELECT o.order_id, o.tenant_id, o.amount, o.currency, o.customer_id, o.unit, o.quantity, o.seen_at
                FROM top_up_order o
                WHERE NOT o.consistent AND o.seen_at <= ? AND EXISTS (
                    SELECT 1 FROM payment_claim c WHERE c.order_id = o.order_id AND c.tenant_id = o.tenant_id
                    AND c.kind IN ('APPROVED_AND_CAPTURED', 'CAPTURED') AND c.claimed_at <= ?)
                ORDER BY coalesce(o.checked_at, '-infinity'::timestamptz) LIMIT ?""",
                (rs, row) -> new TopUpOrder(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Currency.getInstance(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getLong(7),
                        rs.getTimestamp(8).toInstant()),
                Timestamp.from(settled), Timestamp.from(settled), limit);
    }

    @Override
    public List<PaymentClaim> capturesOf(String orderId, Instant settled) {
        return jdbc.query("""
                SELECT source_event_id, event_type, payment_id, tenant_id, kind, amount, currency, claimed_at, order_id
                FROM payment_claim WHERE order_id = ? AND kind IN ('APPROVED_AND_CAPTURED', 'CAPTURED')
                AND claimed_at <= ? ORDER BY claimed_at""", JdbcPaymentClaims::claim, orderId, Timestamp.from(settled));
    }

    @Override
    public List<RecordedGrant> grantsOf(String tenantId, String grantId, Instant settled) {
        return jdbc.query("""
                SELECT source_event_id, account_id, grant_id, quantity, recorded_at FROM credit_movement
                WHERE kind = 'GRANTED' AND tenant_id = ? AND grant_id = ? AND recorded_at <= ?
                ORDER BY recorded_at, version""",
                (rs, row) -> new RecordedGrant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getTimestamp(5).toInstant()),
                tenantId, grantId, Timestamp.from(settled));
    }

    @Override
    public void markTopUpChecked(String orderId, boolean consistent, Instant at) {
        jdbc.update("UPDATE top_up_order SET consistent = ?, checked_at = ? WHERE order_id = ?", consistent,
                Timestamp.from(at), orderId);
    }

    @Override
    public List<CreditAccountTotals> accountsToCheck(Instant settled, int limit) {
        return jdbc.query("""
                SELECT account_id, tenant_id, unit, granted, drawn, movements, last_version, last_event_id,
                       last_event_type, stated_total
                FROM credit_register_account
                WHERE (NOT consistent OR checked_movements IS DISTINCT FROM movements) AND last_recorded_at <= ?
                ORDER BY coalesce(checked_at, '-infinity'::timestamptz) LIMIT ?""",
                (rs, row) -> new CreditAccountTotals(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getObject(8, UUID.class), rs.getString(9),
                        rs.getLong(10)),
                Timestamp.from(settled), limit);
    }

    @Override
    public void markAccountChecked(String accountId, long movements, boolean consistent, Instant at) {
        jdbc.update("UPDATE credit_register_account SET consistent = ?, checked_movements = ?, checked_at = ? "
                + "WHERE account_id = ?", consistent, movements, Timestamp.from(at), accountId);
    }
}
