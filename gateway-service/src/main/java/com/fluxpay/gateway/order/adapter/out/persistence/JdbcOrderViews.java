package com.fluxpay.gateway.order.adapter.out.persistence;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.gateway.readmodel.persistence.KeysetQuery;
import com.fluxpay.gateway.order.application.port.OrderProjection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import org.springframework.jdbc.core.JdbcTemplate;

/** The order read model in the gateway's schema. */
public class JdbcOrderViews implements OrderViews, OrderProjection {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    private static final String SELECT = """
            SELECT order_id, tenant_id, status, amount, currency, description, metadata, failure_code,
                   failure_reason, cancel_cause, requested_at, updated_at FROM order_view""";
    private static final KeysetQuery LIST = KeysetQuery.of(SELECT, "requested_at", "order_id");

    public JdbcOrderViews(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<OrderView> find(TenantId tenant, String orderId) {
        String tenantId = tenant.value();
        return jdbc.query(SELECT + " WHERE order_id = ? AND tenant_id = ?", this::toView, orderId, tenantId)
                .stream().findFirst();
    }

    @Override
    public List<OrderView> list(TenantId tenant, Optional<Cursor> after, int limit) {
        String tenantId = tenant.value();
        return LIST.list(jdbc, this::toView, tenantId, after, limit);
    }

    /**
     * The row a request starts as; written in the same transaction as the command. Already there when a
     * retried request (same Idempotency-Key, derived id) sends its command again: then it stays as it is.
     */
    public void insertRequested(OrderView requested) {
        jdbc.update("""
                INSERT INTO order_view (order_id, tenant_id, status, amount, currency, description, metadata,
                                        requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                requested.id(), requested.tenantId(), OrderView.REQUESTED, requested.amount(), requested.currency(),
                requested.description(), write(requested.metadata()), Timestamp.from(requested.requestedAt()),
                Timestamp.from(requested.requestedAt()));
    }

    @Override
    public void markCreated(OrderView created, long version) {
        jdbc.update("""
                INSERT INTO order_view (order_id, tenant_id, status, amount, currency, description, metadata,
                                        requested_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at,
                       version = EXCLUDED.version
                 WHERE order_view.version <= EXCLUDED.version AND order_view.status = 'REQUESTED'""",
                created.id(), created.tenantId(), created.status(), created.amount(), created.currency(),
                created.description(), write(created.metadata()), Timestamp.from(created.requestedAt()),
                Timestamp.from(created.updatedAt()), version);
    }

    @Override
    public void markRejected(String orderId, String tenantId, String code, String reason, Instant at) {
        jdbc.update("""
                UPDATE order_view SET status = ?, failure_code = ?, failure_reason = ?, updated_at = ?
                 WHERE order_id = ? AND tenant_id = ? AND status = 'REQUESTED'""",
                OrderView.REJECTED, code, reason, Timestamp.from(at), orderId, tenantId);
    }

    @Override
    public void markStated(String orderId, Stated state) {
        jdbc.update("UPDATE order_view SET status = ?, version = ?, updated_at = ? WHERE order_id = ? AND version <= ?",
                state.status(), state.version(), Timestamp.from(state.at()), orderId, state.version());
    }

    @Override
    public void markCanceled(String orderId, Stated state, String cause, String code, String reason) {
        jdbc.update("""
                UPDATE order_view SET status = ?, version = ?, cancel_cause = ?, failure_code = ?, failure_reason = ?,
                       updated_at = ?
                 WHERE order_id = ? AND version <= ?""",
                state.status(), state.version(), cause, code, reason, Timestamp.from(state.at()), orderId,
                state.version());
    }

    /** Already there when a retried request (same Idempotency-Key, derived id) sends its command again. */
    public void insertCommand(OrderCommandView command) {
        jdbc.update("""
                INSERT INTO order_command_view (command_id, order_id, tenant_id, kind, status, requested_at, updated_at)
                VALUES (?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (command_id) DO NOTHING""",
                command.id(), command.orderId(), command.tenantId(), command.kind().name(),
                Timestamp.from(command.requestedAt()), Timestamp.from(command.requestedAt()));
    }

    @Override
    public Optional<OrderCommandView> findCommand(TenantId tenant, String commandId) {
        String tenantId = tenant.value();
        return jdbc.query("""
                SELECT command_id, order_id, tenant_id, kind, status, failure_code, failure_reason, requested_at
                  FROM order_command_view WHERE command_id = ? AND tenant_id = ?""",
                (rs, row) -> new OrderCommandView(rs.getString(1), rs.getString(2), rs.getString(3),
                        OrderCommandView.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()), commandId, tenantId).stream().findFirst();
    }

    @Override
    public void markCommandRejected(String commandId, String code, String reason, Instant at) {
        jdbc.update("""
                UPDATE order_command_view SET status = 'REJECTED', failure_code = ?, failure_reason = ?, updated_at = ?
                 WHERE command_id = ? AND status = 'REQUESTED'""", code, reason, Timestamp.from(at), commandId);
    }

    private OrderView toView(ResultSet rs, int row) throws SQLException {
        return new OrderView(rs.getString("order_id"), rs.getString("tenant_id"), respelled(rs.getString("status")),
                rs.getLong("amount"), rs.getString("currency"), rs.getString("description"),
                read(rs.getString("metadata")), rs.getString("failure_code"), rs.getString("failure_reason"),
                respelled(rs.getString("cancel_cause")), rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    // V9 rewrote the rows; one a pod of the previous release projected during the rolling update still has the
    // spelling the API had before it took one
    private static String respelled(String value) {
        return value == null ? null : value.replace("CANCELLED", "CANCELED");
    }

    private String write(Map<String, String> metadata) {
        try {
            return json.writeValueAsString(metadata == null ? Map.of() : metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be stored", e);
        }
    }

    private Map<String, String> read(String metadata) {
        try {
            return json.readValue(metadata, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }
}
