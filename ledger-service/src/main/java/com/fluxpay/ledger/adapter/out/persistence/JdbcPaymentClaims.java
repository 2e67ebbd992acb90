package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.PaymentClaims;
import com.fluxpay.ledger.domain.audit.ClaimKind;
import com.fluxpay.ledger.domain.audit.PaymentClaim;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcPaymentClaims implements PaymentClaims {

    private final JdbcTemplate jdbc;

    public JdbcPaymentClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(PaymentClaim claim) {
        jdbc.update("""
                INSERT INTO payment_claim (source_event_id, event_type, payment_id, tenant_id, kind, amount, currency,
                                           claimed_at, order_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_event_id) DO NOTHING""",
                claim.sourceEventId(), claim.eventType(), claim.paymentId(), claim.tenantId(), claim.kind().name(),
                claim.amount(), claim.currency().getCurrencyCode(), Timestamp.from(claim.claimedAt()), claim.orderId());
    }

    @Override
    public List<String> paymentsToCheck(Instant claimedBefore, int limit) {
        return jdbc.queryForList("""
                SELECT payment_id FROM payment_claim WHERE NOT consistent AND claimed_at <= ?
                GROUP BY payment_id ORDER BY min(coalesce(checked_at, '-infinity'::timestamptz)) LIMIT ?""",
                String.class, Timestamp.from(claimedBefore), limit);
    }

    @Override
    public List<PaymentClaim> of(String paymentId) {
        return jdbc.query("""
                SELECT source_event_id, event_type, payment_id, tenant_id, kind, amount, currency, claimed_at, order_id
                FROM payment_claim WHERE payment_id = ? ORDER BY claimed_at""", JdbcPaymentClaims::claim, paymentId);
    }

    static PaymentClaim claim(ResultSet rs, int row) throws SQLException {
        return new PaymentClaim(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                ClaimKind.valueOf(rs.getString(5)), rs.getLong(6), Currency.getInstance(rs.getString(7)),
                rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    @Override
    public void markChecked(String paymentId, Instant claimedBefore, boolean consistent, Instant at) {
        jdbc.update("UPDATE payment_claim SET consistent = ?, checked_at = ? WHERE payment_id = ? AND claimed_at <= ?",
                consistent, Timestamp.from(at), paymentId, Timestamp.from(claimedBefore));
    }
}
