package com.fluxpay.notification.adapter.out.persistence;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.domain.EndpointMode;
import com.fluxpay.notification.domain.WebhookEndpoint;
import com.fluxpay.platform.crypto.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Webhook endpoints in Postgres, with plain SQL: the sealed secrets go in and out untouched. */
public class JdbcWebhookEndpoints implements WebhookEndpoints {

    private static final String COLUMNS = """
            id, tenant_id, url, event_types, description, enabled, mode, secret, previous_secret,
            previous_secret_expires_at, failing_since, created_at, updated_at""";

    private final JdbcTemplate jdbc;

    public JdbcWebhookEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String id) {
        return !jdbc.queryForList("SELECT 1 FROM webhook_endpoint WHERE id = ?", Integer.class, id).isEmpty();
    }

    @Override
    public Optional<WebhookEndpoint> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ? AND deleted_at IS NULL",
                JdbcWebhookEndpoints::map, id).stream().findFirst();
    }

    @Override
    public void add(WebhookEndpoint e) {
        jdbc.update("""
                INSERT INTO webhook_endpoint (id, tenant_id, url, event_types, description, enabled, mode, secret,
                                              secret_key_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.id(), e.tenantId(), e.url(), join(e.eventTypes()), e.description(), e.enabled(), e.mode().name(),
                e.secret(), SecretBox.keyIdOf(e.secret()), ts(e.createdAt()), ts(e.updatedAt()));
    }

    // version = version + 1 in the UPDATE: a concurrent writer (the dispatcher disabling the endpoint) waits for
    // the row and then counts on from what that one committed, so no two changes state the same version
    @Override
    public long save(WebhookEndpoint e) {
        return jdbc.queryForObject("""
                UPDATE webhook_endpoint SET url = ?, event_types = ?, description = ?, enabled = ?, mode = ?,
                       secret = ?, secret_key_id = ?, previous_secret = ?, previous_secret_key_id = ?,
                       previous_secret_expires_at = ?, failing_since = ?, updated_at = ?,
                       disabled_at = CASE WHEN ? THEN NULL ELSE disabled_at END, version = version + 1
                WHERE id = ? RETURNING version""", Long.class,
                e.url(), join(e.eventTypes()), e.description(), e.enabled(), e.mode().name(), e.secret(),
                SecretBox.keyIdOf(e.secret()), e.previousSecret(),
                e.previousSecret() == null ? null : SecretBox.keyIdOf(e.previousSecret()),
                ts(e.previousSecretExpiresAt()), ts(e.failingSince()), ts(e.updatedAt()), e.enabled(), e.id());
    }

    @Override
    public long delete(String id, Instant at) {
        return jdbc.queryForObject("""
                UPDATE webhook_endpoint SET deleted_at = ?, enabled = false, updated_at = ?, version = version + 1
                WHERE id = ? RETURNING version""", Long.class, ts(at), ts(at), id);
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(String tenantId, String eventType) {
        return jdbc.query("SELECT " + COLUMNS
                        + " FROM webhook_endpoint WHERE tenant_id = ? AND enabled AND deleted_at IS NULL ORDER BY created_at, id",
                JdbcWebhookEndpoints::map, tenantId).stream().filter(e -> e.subscribesTo(eventType)).toList();
    }

    @Override
    public void answered(String id) {
        jdbc.update("UPDATE webhook_endpoint SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL", id);
    }

    @Override
    public Optional<WebhookEndpoint> failed(String id, Instant at) {
        jdbc.update("UPDATE webhook_endpoint SET failing_since = COALESCE(failing_since, ?) WHERE id = ?", ts(at), id);
        return find(id);
    }

    @Override
    public OptionalLong disable(String id, Instant at) {
        return jdbc.queryForList("""
                UPDATE webhook_endpoint SET enabled = false, disabled_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND enabled AND deleted_at IS NULL RETURNING version""", Long.class, ts(at), ts(at), id)
                .stream().mapToLong(Long::longValue).findFirst();
    }

    static WebhookEndpoint map(ResultSet rs, int row) throws SQLException {
        String types = rs.getString("event_types");
        // V3 left a renamed type's former name beside its current one, for pods of the previous release
        Set<String> eventTypes = types.isBlank() ? Set.of()
                : Arrays.stream(types.split(" ")).map(EventTypes::currentName)
                        .collect(Collectors.toUnmodifiableSet());
        return new WebhookEndpoint(rs.getString("id"), rs.getString("tenant_id"), rs.getString("url"), eventTypes,
                rs.getString("description"), rs.getBoolean("enabled"), EndpointMode.valueOf(rs.getString("mode")),
                rs.getString("secret"), rs.getString("previous_secret"), instant(rs, "previous_secret_expires_at"),
                instant(rs, "failing_since"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static String join(Set<String> types) {
        return types.stream().sorted().collect(Collectors.joining(" "));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
