package com.fluxpay.gateway.payment.adapter.out.persistence;

import com.fluxpay.gateway.readmodel.persistence.KeysetQuery;
import com.fluxpay.gateway.payment.application.port.PaymentProjection;
import com.fluxpay.gateway.payment.application.port.PaymentViews;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment read model. Each projection only moves a row forward (approved only from REQUESTED, totals
 * only up), so an event that arrives late or twice cannot undo a later one.
 */
public class JdbcPaymentViews implements PaymentViews, PaymentProjection {

    private static final String SELECT = """
            SELECT payment_id, tenant_id, order_id, status, amount, currency, psp, capture_mode, captured_amount,
                   refunded_amount, failure_code, failure_reason, requested_at, updated_at FROM payment_view""";
    private static final KeysetQuery LIST = KeysetQuery.of(SELECT, "requested_at", "payment_id");

    private final JdbcTemplate jdbc;

    public JdbcPaymentViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PaymentView> find(String tenantId, String paymentId) {
        return jdbc.query(SELECT + " WHERE payment_id = ? AND tenant_id = ?", JdbcPaymentViews::payment, paymentId,
                tenantId).stream().findFirst();
    }

    @Override
    public List<PaymentView> list(String tenantId, Optional<Cursor> after, int limit) {
        return LIST.list(jdbc, JdbcPaymentViews::payment, tenantId, after, limit);
    }

    @Override
    public Optional<PaymentCommandView> findCommand(String tenantId, String commandId) {
        return jdbc.query("""
                SELECT command_id, payment_id, tenant_id, kind, amount, status, failure_code, failure_reason,
                       requested_at, updated_at
                  FROM payment_command_view WHERE command_id = ? AND tenant_id = ?""", JdbcPaymentViews::command,
                commandId, tenantId).stream().findFirst();
    }

    /** The REQUESTED row of a payment; already there when a retried request sends the same payment again. */
    public void insertRequested(PaymentView payment) {
        jdbc.update("""
                INSERT INTO payment_view (payment_id, tenant_id, order_id, status, amount, currency, psp, capture_mode,
                                          requested_at, updated_at)
                VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO NOTHING""",
                payment.id(), payment.tenantId(), payment.orderId(), payment.amount(), payment.currency(), payment.psp(),
                payment.captureMode(), Timestamp.from(payment.requestedAt()), Timestamp.from(payment.requestedAt()));
    }

    public void insertRequested(PaymentCommandView command) {
        jdbc.update("""
                INSERT INTO payment_command_view (command_id, payment_id, tenant_id, kind, amount, status, requested_at,
                                                  updated_at)
                VALUES (?, ?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (command_id) DO NOTHING""",
                command.id(), command.paymentId(), command.tenantId(), command.kind().name(), command.amount(),
                Timestamp.from(command.requestedAt()), Timestamp.from(command.requestedAt()));
    }

    @Override
    public void approved(String paymentId, String tenantId, String orderId, long amount, String currency, String psp,
                         String captureMode, long capturedAmount, Instant at) {
        String status = "AUTOMATIC".equals(captureMode) ? "CAPTURED" : "AUTHORIZED";
        jdbc.update("""
                INSERT INTO payment_view (payment_id, tenant_id, order_id, status, amount, currency, psp, capture_mode,
                                          captured_amount, requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payment_id) DO UPDATE SET status = EXCLUDED.status, psp = EXCLUDED.psp,
                       captured_amount = GREATEST(payment_view.captured_amount, EXCLUDED.captured_amount),
                       updated_at = EXCLUDED.updated_at
                 WHERE payment_view.status = 'REQUESTED'""",
                paymentId, tenantId, orderId, status, amount, currency, psp, captureMode, capturedAmount,
                Timestamp.from(at), Timestamp.from(at));
    }

    @Override
    public void failed(String paymentId, String code, String reason, Instant at) {
        jdbc.update("""
                UPDATE payment_view SET status = 'FAILED', failure_code = ?, failure_reason = ?, updated_at = ?
                 WHERE payment_id = ? AND status = 'REQUESTED'""", code, reason, Timestamp.from(at), paymentId);
    }

    @Override
    public void captured(String paymentId, String commandId, long capturedTotal, Instant at) {
        jdbc.update("""
                UPDATE payment_view SET status = CASE WHEN status IN ('AUTHORIZED', 'REQUESTED') THEN 'CAPTURED'
                       ELSE status END, captured_amount = GREATEST(captured_amount, ?), updated_at = ?
                 WHERE payment_id = ?""", capturedTotal, Timestamp.from(at), paymentId);
        commandDone(commandId, at);
    }

    @Override
    public void canceled(String paymentId, String commandId, Instant at) {
        // a release that follows a capture (the rest of the authorization) leaves the payment captured
        jdbc.update("""
                UPDATE payment_view SET status = CASE WHEN captured_amount > 0 THEN status ELSE 'CANCELED' END,
                       updated_at = ? WHERE payment_id = ?""", Timestamp.from(at), paymentId);
        commandDone(commandId, at);
    }

    @Override
    public void refunded(String paymentId, String refundId, long refundedTotal, Instant at) {
        jdbc.update("""
                UPDATE payment_view SET refunded_amount = GREATEST(refunded_amount, ?),
                       status = CASE WHEN GREATEST(refunded_amount, ?) >= captured_amount THEN 'REFUNDED'
                                     ELSE 'PARTIALLY_REFUNDED' END, updated_at = ?
                 WHERE payment_id = ?""", refundedTotal, refundedTotal, Timestamp.from(at), paymentId);
        commandDone(refundId, at);
    }

    @Override
    public void commandRejected(String commandId, String code, String reason, Instant at) {
        jdbc.update("""
                UPDATE payment_command_view SET status = 'REJECTED', failure_code = ?, failure_reason = ?, updated_at = ?
                 WHERE command_id = ? AND status = 'REQUESTED'""", code, reason, Timestamp.from(at), commandId);
    }

    private void commandDone(String commandId, Instant at) {
        if (commandId != null) {
            jdbc.update("UPDATE payment_command_view SET status = 'DONE', updated_at = ? WHERE command_id = ?",
                    Timestamp.from(at), commandId);
        }
    }

    private static PaymentView payment(ResultSet rs, int row) throws SQLException {
        return new PaymentView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getString(11),
                rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant());
    }

    private static PaymentCommandView command(ResultSet rs, int row) throws SQLException {
        // getObject: a NULL amount stays null (wasNull() after other columns would answer for the wrong one)
        return new PaymentCommandView(rs.getString(1), rs.getString(2), rs.getString(3),
                PaymentCommandView.Kind.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant());
    }
}
