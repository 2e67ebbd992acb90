package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.PaymentPositions;
import com.fluxpay.ledger.domain.HoldStatus;
import com.fluxpay.ledger.domain.PaymentPosition;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcPaymentPositions implements PaymentPositions {

    private final JdbcTemplate jdbc;

    public JdbcPaymentPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PaymentPosition lock(String paymentId) {
        // FOR UPDATE locks nothing before the first event of a payment; the advisory lock also covers that,
        // for the moment a partition moves between instances and two of them hold the same payment's events
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class,
                "ledger-payment/" + paymentId);
        var found = jdbc.query("""
                SELECT tenant_id, currency, approved, hold_status, hold_amount, hold_posted, captured, refunded
                FROM payment_position WHERE payment_id = ? FOR UPDATE""",
                (rs, row) -> new PaymentPosition(paymentId, rs.getString(1), Currency.getInstance(rs.getString(2)),
                        rs.getBoolean(3), HoldStatus.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8)), paymentId);
        return found.isEmpty() ? PaymentPosition.unseen(paymentId) : found.get(0);
    }

    @Override
    public void save(PaymentPosition p, Instant at) {
        jdbc.update("""
                INSERT INTO payment_position (payment_id, tenant_id, currency, approved, hold_status, hold_amount,
                                              hold_posted, captured, refunded, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payment_id) DO UPDATE SET approved = EXCLUDED.approved,
                    hold_status = EXCLUDED.hold_status, hold_amount = EXCLUDED.hold_amount,
                    hold_posted = EXCLUDED.hold_posted, captured = EXCLUDED.captured, refunded = EXCLUDED.refunded,
                    updated_at = EXCLUDED.updated_at""",
                p.paymentId(), p.tenantId(), p.currency().getCurrencyCode(), p.approved(), p.holdStatus().name(),
                p.holdAmount(), p.holdPosted(), p.captured(), p.refunded(), Timestamp.from(at));
    }
}
