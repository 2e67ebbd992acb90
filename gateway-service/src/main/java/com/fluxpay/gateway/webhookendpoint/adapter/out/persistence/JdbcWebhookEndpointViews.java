package com.fluxpay.gateway.webhookendpoint.adapter.out.persistence;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.gateway.readmodel.persistence.KeysetQuery;
import com.fluxpay.gateway.webhookendpoint.application.port.EndpointProjection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.contracts.notification.DeleteWebhookEndpoint;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.notification.RegisterWebhookEndpoint;
import com.fluxpay.contracts.notification.ReplayFailedWebhookMessages;
import com.fluxpay.contracts.notification.ReplayWebhookMessage;
import com.fluxpay.contracts.notification.RotateWebhookSecret;
import com.fluxpay.contracts.notification.UpdateWebhookEndpoint;
import com.fluxpay.gateway.webhookendpoint.application.port.WebhookEndpointViews;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointRequest;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointView;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook endpoint commands through the outbox, and the endpoint read model the notification events keep.
 * Projections stamp the database's clock, the same clock a waiting request compares against.
 */
public class JdbcWebhookEndpointViews implements WebhookEndpointViews, EndpointProjection {

    private static final TypeReference<List<String>> TYPES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            SELECT endpoint_id, tenant_id, url, event_types, description, enabled, mode, status, rejection_code,
                   rejection_reason, rejected_at, requested_at, updated_at FROM webhook_endpoint_view""";

    private final JdbcTemplate jdbc;
    private final Transactions transactions;
    private final Outbox outbox;
    private final ObjectMapper json;

    private static final KeysetQuery LIST = KeysetQuery.of(COLUMNS, "requested_at", "endpoint_id")
            .where("tenant_id = ? AND status <> 'DELETED'");

    public JdbcWebhookEndpointViews(JdbcTemplate jdbc, Transactions transactions, Outbox outbox, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public void register(String endpointId, TenantId tenant, String mode, EndpointRequest request, String sealedSecret,
                         Instant at) {
        String tenantId = tenant.value();
        List<String> types = request.eventTypes() == null ? List.of() : request.eventTypes();
        boolean enabled = request.enabled() == null || request.enabled();
        transactions.run(() -> {
            jdbc.update("""
                    INSERT INTO webhook_endpoint_view (endpoint_id, tenant_id, url, event_types, description, enabled,
                                                       mode, status, requested_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (endpoint_id) DO NOTHING""",
                    endpointId, tenantId, request.url(), write(types), request.description(), enabled, mode,
                    Timestamp.from(at), Timestamp.from(at));
            outbox.append(NotificationEventTypes.REGISTER_ENDPOINT, endpointId, tenantId, new RegisterWebhookEndpoint(
                    endpointId, tenantId, request.url(), types, request.description(), enabled, mode, sealedSecret));
        });
    }

    @Override
    public void update(EndpointView endpoint, EndpointRequest changes) {
        send(() -> outbox.append(NotificationEventTypes.UPDATE_ENDPOINT, endpoint.id(), endpoint.tenantId(),
                new UpdateWebhookEndpoint(endpoint.id(), endpoint.tenantId(), changes.url(), changes.eventTypes(),
                        changes.description(), changes.enabled(), null)));
    }

    @Override
    public void rotateSecret(EndpointView endpoint, String sealedSecret, long overlapSeconds) {
        send(() -> outbox.append(NotificationEventTypes.ROTATE_SECRET, endpoint.id(), endpoint.tenantId(),
                new RotateWebhookSecret(endpoint.id(), endpoint.tenantId(), sealedSecret, overlapSeconds)));
    }

    @Override
    public void delete(EndpointView endpoint) {
        send(() -> outbox.append(NotificationEventTypes.DELETE_ENDPOINT, endpoint.id(), endpoint.tenantId(),
                new DeleteWebhookEndpoint(endpoint.id(), endpoint.tenantId())));
    }

    @Override
    public void replayFailed(EndpointView endpoint, Instant since) {
        send(() -> outbox.append(NotificationEventTypes.REPLAY_FAILED, endpoint.id(), endpoint.tenantId(),
                new ReplayFailedWebhookMessages(endpoint.id(), endpoint.tenantId(), since)));
    }

    @Override
    public void replayMessage(EndpointView endpoint, java.util.UUID messageId) {
        send(() -> outbox.append(NotificationEventTypes.REPLAY_MESSAGE, endpoint.id(), endpoint.tenantId(),
                new ReplayWebhookMessage(endpoint.id(), endpoint.tenantId(), messageId)));
    }

    private void send(Runnable append) {
        transactions.run(() -> append.run());
    }

    @Override
    public Optional<EndpointView> find(TenantId tenant, String endpointId) {
        String tenantId = tenant.value();
        return jdbc.query(COLUMNS + " WHERE endpoint_id = ? AND tenant_id = ? AND status <> 'DELETED'", this::view,
                endpointId, tenantId).stream().findFirst();
    }

    @Override
    public List<EndpointView> list(TenantId tenant, Optional<Cursor> after, int limit) {
        String tenantId = tenant.value();
        return LIST.list(jdbc, this::view, tenantId, after, limit);
    }

    @Override
    public void projectState(String endpointId, String tenantId, String url, List<String> eventTypes,
                             String description, boolean enabled, String mode, Stated state) {
        // an event from before statuses were stated (null) is read the former way: deleted stays deleted
        jdbc.update("""
                INSERT INTO webhook_endpoint_view (endpoint_id, tenant_id, url, event_types, description, enabled, mode,
                                                   status, version, requested_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, CASE WHEN ? THEN 'ACTIVE' ELSE 'DISABLED' END), ?,
                        clock_timestamp(), clock_timestamp())
                ON CONFLICT (endpoint_id) DO UPDATE SET url = EXCLUDED.url, event_types = EXCLUDED.event_types,
                       description = EXCLUDED.description, enabled = EXCLUDED.enabled, mode = EXCLUDED.mode,
                       status = CASE WHEN ?::text IS NULL AND webhook_endpoint_view.status = 'DELETED' THEN 'DELETED'
                                     ELSE EXCLUDED.status END,
                       version = EXCLUDED.version, updated_at = clock_timestamp()
                 WHERE webhook_endpoint_view.version <= EXCLUDED.version""",
                endpointId, tenantId, url, write(eventTypes), description, enabled, mode, state.status(), enabled,
                state.version(), state.status());
    }

    @Override
    public void projectStatus(String endpointId, Stated state) {
        jdbc.update("""
                UPDATE webhook_endpoint_view SET status = ?, enabled = (? = 'ACTIVE'), version = ?,
                       updated_at = clock_timestamp()
                 WHERE endpoint_id = ? AND version <= ?""",
                state.status(), state.status(), state.version(), endpointId, state.version());
    }

    @Override
    public void projectTouched(String endpointId, Stated state) {
        jdbc.update("""
                UPDATE webhook_endpoint_view SET version = ?, updated_at = clock_timestamp()
                 WHERE endpoint_id = ? AND version <= ?""", state.version(), endpointId, state.version());
    }

    @Override
    public void projectRejection(String endpointId, String code, String reason) {
        jdbc.update("""
                UPDATE webhook_endpoint_view SET rejection_code = ?, rejection_reason = ?, rejected_at = clock_timestamp(),
                       status = CASE WHEN status = 'REQUESTED' THEN 'REJECTED' ELSE status END
                 WHERE endpoint_id = ?""", code, reason, endpointId);
    }

    private EndpointView view(ResultSet rs, int row) throws SQLException {
        Timestamp rejectedAt = rs.getTimestamp(11);
        return new EndpointView(rs.getString(1), rs.getString(2), rs.getString(3), read(rs.getString(4)),
                rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rejectedAt == null ? null : rejectedAt.toInstant(), rs.getTimestamp(12).toInstant(),
                rs.getTimestamp(13).toInstant());
    }

    private String write(List<String> types) {
        try {
            return json.writeValueAsString(types);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<String> read(String types) {
        try {
            return json.readValue(types, TYPES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event types are not JSON", e);
        }
    }
}
