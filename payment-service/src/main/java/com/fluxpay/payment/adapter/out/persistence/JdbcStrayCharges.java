package com.fluxpay.payment.adapter.out.persistence;

import com.fluxpay.payment.application.port.StrayCharges;
import com.fluxpay.payment.domain.PaymentId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stray charges in Postgres; the payment id is the key, so a second detection changes nothing. */
public class JdbcStrayCharges implements StrayCharges {

    private final JdbcTemplate jdbc;

    public JdbcStrayCharges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean detected(PaymentId paymentId, String pspReference, Instant at) {
        return jdbc.update("""
                INSERT INTO stray_charges (payment_id, psp_reference, status, detected_at) VALUES (?, ?, 'DETECTED', ?)
                ON CONFLICT (payment_id) DO NOTHING""", paymentId.value(), pspReference, Timestamp.from(at)) == 1;
    }

    @Override
    public List<Stray> toReturn(int limit) {
        return jdbc.query("""
                SELECT payment_id, psp_reference FROM stray_charges WHERE status = 'DETECTED'
                 ORDER BY detected_at LIMIT ?""",
                (rs, row) -> new Stray(new PaymentId(rs.getString(1)), rs.getString(2)), limit);
    }

    @Override
    public void returned(PaymentId paymentId, Instant at) {
        resolve(paymentId, "RETURNED", null, at);
    }

    @Override
    public void refused(PaymentId paymentId, String detail, Instant at) {
        resolve(paymentId, "REFUSED", detail, at);
    }

    private void resolve(PaymentId paymentId, String status, String detail, Instant at) {
        jdbc.update("""
                UPDATE stray_charges SET status = ?, detail = ?, resolved_at = ?
                 WHERE payment_id = ? AND status = 'DETECTED'""", status, detail, Timestamp.from(at), paymentId.value());
    }
}
