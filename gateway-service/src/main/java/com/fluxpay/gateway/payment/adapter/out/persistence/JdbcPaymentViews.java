package com.fluxpay.gateway.payment.adapter.out.persistence;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
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
    public Optional<PaymentView> find(TenantId tenant, String paymentId) {
        String tenantId = tenant.value();
        return jdbc.query(SELECT + " WHERE payment_id = ? AND tenant_id = ?", JdbcPaymentViews::payment, paymentId,
                tenantId).stream().findFirst();
    }

    @Override
    public List<PaymentView> list(TenantId tenant, Optional<Cursor> after, int limit) {
        String tenantId = tenant.value();
        return LIST.list(jdbc, JdbcPaymentViews::payment, tenantId, after, limit);
    }

    @Override
    public Optional<PaymentCommandView> findCommand(TenantId tenant, String commandId) {
        String tenantId = tenant.value();
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
                         String captureMode, long capturedAmount, Stated state) {
        // before statuses were stated, an approval meant captured for automatic capture, else authorized
        String status = state.statusOr("AUTOMATIC".equals(captureMode) ? "CAPTURED" : "AUTHORIZED");
        jdbc.update("""
                INSERT INTO payment_view (payment_id, tenant_id, order_id, status, amount, currency, psp, capture_mode,
                                          captured_amount, requested_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payment_id) DO UPDATE SET status = EXCLUDED.status, psp = EXCLUDED.psp,
                       captured_amount = EXCLUDED.captured_amount, version = EXCLUDED.version,
                       updated_at = EXCLUDED.updated_at
                 WHERE payment_view.version <= EXCLUDED.version""",
                paymentId, tenantId, orderId, status, amount, currency, psp, captureMode, capturedAmount,
                Timestamp.from(state.at()), Timestamp.from(state.at()), state.version());
    }

    @Override
    public void failed(String paymentId, String code, String reason, Stated state) {
        jdbc.update("""
                UPDATE payment_view SET status = ?, failure_code = ?, failure_reason = ?, version = ?, updated_at = ?
                 WHERE payment_id = ? AND version <= ?""", state.statusOr("FAILED"), code, reason, state.version(),
                Timestamp.from(state.at()), paymentId, state.version());
    }

    @Override
    public void captured(String paymentId, String commandId, long capturedTotal, Stated state) {
        applied(paymentId, state.statusOr("CAPTURED"), state, "captured_amount", capturedTotal);
        commandDone(commandId, state.at());
    }

    @Override
    public void canceled(String paymentId, String commandId, Stated state) {
        // before statuses were stated, a release that followed a capture (the rest of the authorization) left the
        // payment captured: only that release, on that kind of event, is read the old way
        String status = state.status() != null ? state.status() : legacyCanceledStatus(paymentId);
        jdbc.update("UPDATE payment_view SET status = ?, version = ?, updated_at = ? WHERE payment_id = ? AND version <= ?",
                status, state.version(), Timestamp.from(state.at()), paymentId, state.version());
        commandDone(commandId, state.at());
    }

    @Override
    public void refunded(String paymentId, String refundId, long refundedTotal, Stated state) {
        String status = state.status() != null ? state.status() : legacyRefundedStatus(paymentId, refundedTotal);
        applied(paymentId, status, state, "refunded_amount", refundedTotal);
        commandDone(refundId, state.at());
    }

    /** The stated status and a total, unless the row already shows a later version of the payment. */
    private void applied(String paymentId, String status, Stated state, String totalColumn, long total) {
        jdbc.update("UPDATE payment_view SET status = ?, " + totalColumn + " = ?, version = ?, updated_at = ?"
                        + " WHERE payment_id = ? AND version <= ?", status, total, state.version(),
                Timestamp.from(state.at()), paymentId, state.version());
    }

    private String legacyCanceledStatus(String paymentId) {
        return jdbc.query("SELECT CASE WHEN captured_amount > 0 THEN status ELSE 'CANCELED' END FROM payment_view"
                + " WHERE payment_id = ?", (rs, n) -> rs.getString(1), paymentId).stream().findFirst().orElse("CANCELED");
    }

    private String legacyRefundedStatus(String paymentId, long refundedTotal) {
        return jdbc.query("SELECT CASE WHEN ? >= captured_amount THEN 'REFUNDED' ELSE 'PARTIALLY_REFUNDED' END"
                        + " FROM payment_view WHERE payment_id = ?", (rs, n) -> rs.getString(1), refundedTotal, paymentId)
                .stream().findFirst().orElse("REFUNDED");
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
