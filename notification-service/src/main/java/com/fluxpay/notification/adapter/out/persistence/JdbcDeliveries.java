package com.fluxpay.notification.adapter.out.persistence;

import static com.fluxpay.notification.adapter.out.persistence.JdbcWebhookEndpoints.instant;
import static com.fluxpay.notification.adapter.out.persistence.JdbcWebhookEndpoints.ts;

import com.fluxpay.notification.application.port.ClaimedDelivery;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.domain.AttemptResult;
import com.fluxpay.notification.domain.OutgoingMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries and their attempts in Postgres. The claim is the heart of it: due rows are locked with
 * {@code FOR UPDATE SKIP LOCKED} so several instances never take the same row, and leased, so a row whose
 * instance died becomes due again when the lease runs out.
 */
public class JdbcDeliveries implements Deliveries {

    private static final int EXCERPT_CHARS = 1024;

    private final JdbcTemplate jdbc;

    public JdbcDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(UUID messageId, String endpointId, String resourceId, Instant dueAt) {
        jdbc.update("""
                INSERT INTO webhook_delivery (message_id, endpoint_id, resource_id, state, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (message_id, endpoint_id) DO NOTHING""",
                messageId, endpointId, resourceId, ts(dueAt), ts(dueAt));
    }

    @Override
    public List<ClaimedDelivery> claimDue(Instant now, int limit, int perEndpoint, Instant leaseUntil) {
        // a later message about a resource waits while an earlier one to the same endpoint is pending (being
        // retried, or in flight); exhausted and delivered ones no longer hold it back
        var candidates = jdbc.queryForList("""
                SELECT d.id, d.endpoint_id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                WHERE d.state = 'PENDING' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)
                  AND e.enabled AND e.deleted_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery p
                                  WHERE p.endpoint_id = d.endpoint_id AND p.resource_id = d.resource_id
                                    AND p.state = 'PENDING' AND p.id < d.id)
                ORDER BY d.next_attempt_at, d.id LIMIT ?
                FOR UPDATE OF d SKIP LOCKED""", ts(now), ts(now), limit * 4);
        Map<String, Integer> inFlight = new HashMap<>();
        jdbc.query("""
                SELECT endpoint_id, count(*) AS n FROM webhook_delivery
                WHERE state = 'PENDING' AND lease_until > ? GROUP BY endpoint_id""",
                rs -> {
                    inFlight.put(rs.getString("endpoint_id"), rs.getInt("n"));
                }, ts(now));
        var claims = new ArrayList<ClaimedDelivery>();
        for (var candidate : candidates) {
            String endpointId = (String) candidate.get("endpoint_id");
            if (claims.size() == limit || inFlight.getOrDefault(endpointId, 0) >= perEndpoint) {
                continue;
            }
            inFlight.merge(endpointId, 1, Integer::sum);
            claims.add(claim(((Number) candidate.get("id")).longValue(), now, leaseUntil));
        }
        return claims;
    }

    private ClaimedDelivery claim(long deliveryId, Instant now, Instant leaseUntil) {
        // an attempt still in flight here lost its lease: its sender died or stalled
        jdbc.update("""
                UPDATE webhook_attempt SET outcome = 'ABANDONED', finished_at = ?, error = 'lease expired'
                WHERE delivery_id = ? AND outcome = 'IN_FLIGHT'""", ts(now), deliveryId);
        int attempt = jdbc.queryForObject("SELECT attempts + 1 FROM webhook_delivery WHERE id = ?", Integer.class,
                deliveryId);
        long attemptId = jdbc.queryForObject("""
                INSERT INTO webhook_attempt (delivery_id, attempt, started_at, outcome) VALUES (?, ?, ?, 'IN_FLIGHT')
                RETURNING id""", Long.class, deliveryId, attempt, ts(now));
        jdbc.update("UPDATE webhook_delivery SET attempts = ?, lease_until = ?, lease_attempt_id = ? WHERE id = ?",
                attempt, ts(leaseUntil), attemptId, deliveryId);
        return jdbc.queryForObject("""
                SELECT m.id AS m_id, m.tenant_id AS m_tenant_id, m.event_type, m.resource_id AS m_resource_id,
                       m.payload, m.occurred_at, m.recorded_at, e.*
                FROM webhook_delivery d JOIN outgoing_message m ON m.id = d.message_id
                     JOIN webhook_endpoint e ON e.id = d.endpoint_id
                WHERE d.id = ?""", (rs, row) -> new ClaimedDelivery(deliveryId, attemptId, attempt,
                new OutgoingMessage(rs.getObject("m_id", UUID.class), rs.getString("m_tenant_id"),
                        rs.getString("event_type"), rs.getString("m_resource_id"), rs.getString("payload"),
                        instant(rs, "occurred_at"), instant(rs, "recorded_at")),
                JdbcWebhookEndpoints.map(rs, row), now), deliveryId);
    }

    @Override
    public boolean succeeded(ClaimedDelivery claim, AttemptResult result, Instant at) {
        record(claim, result, "SUCCEEDED", at);
        return jdbc.update("""
                UPDATE webhook_delivery SET state = 'SUCCEEDED', completed_at = ?, lease_until = NULL,
                       lease_attempt_id = NULL, last_status = ?, last_error = NULL
                WHERE id = ? AND lease_attempt_id = ? AND state = 'PENDING'""",
                ts(at), result.statusCode(), claim.deliveryId(), claim.attemptId()) == 1;
    }

    @Override
    public boolean retryAt(ClaimedDelivery claim, AttemptResult result, Instant nextAttemptAt, Instant at) {
        record(claim, result, "FAILED", at);
        return jdbc.update("""
                UPDATE webhook_delivery SET next_attempt_at = ?, lease_until = NULL, lease_attempt_id = NULL,
                       last_status = ?, last_error = ?
                WHERE id = ? AND lease_attempt_id = ? AND state = 'PENDING'""",
                ts(nextAttemptAt), result.statusCode(), result.error(), claim.deliveryId(), claim.attemptId()) == 1;
    }

    @Override
    public boolean exhausted(ClaimedDelivery claim, AttemptResult result, Instant at) {
        record(claim, result, "FAILED", at);
        return jdbc.update("""
                UPDATE webhook_delivery SET state = 'EXHAUSTED', completed_at = ?, lease_until = NULL,
                       lease_attempt_id = NULL, last_status = ?, last_error = ?
                WHERE id = ? AND lease_attempt_id = ? AND state = 'PENDING'""",
                ts(at), result.statusCode(), result.error(), claim.deliveryId(), claim.attemptId()) == 1;
    }

    // the attempt is recorded even when the lease was lost: it happened, and the merchant saw it
    private void record(ClaimedDelivery claim, AttemptResult result, String outcome, Instant at) {
        String excerpt = result.responseExcerpt();
        if (excerpt != null && excerpt.length() > EXCERPT_CHARS) {
            excerpt = excerpt.substring(0, EXCERPT_CHARS);
        }
        jdbc.update("""
                UPDATE webhook_attempt SET outcome = ?, status_code = ?, latency_ms = ?, response_excerpt = ?,
                       error = ?, finished_at = ?
                WHERE id = ?""", outcome, result.statusCode(), result.latencyMillis(), excerpt, result.error(), ts(at),
                claim.attemptId());
    }

    @Override
    public int cancelPending(String endpointId, Instant at) {
        return jdbc.update("""
                UPDATE webhook_delivery SET state = 'CANCELLED', completed_at = ?, lease_until = NULL
                WHERE endpoint_id = ? AND state = 'PENDING'""", ts(at), endpointId);
    }

    @Override
    public void replay(UUID messageId, String endpointId, String resourceId, Instant now) {
        jdbc.update("""
                INSERT INTO webhook_delivery (message_id, endpoint_id, resource_id, state, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?)
                ON CONFLICT (message_id, endpoint_id) DO UPDATE
                SET state = 'PENDING', attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at, completed_at = NULL""",
                messageId, endpointId, resourceId, ts(now), ts(now));
    }

    @Override
    public int replayExhaustedSince(String endpointId, Instant since, Instant now) {
        return jdbc.update("""
                UPDATE webhook_delivery d SET state = 'PENDING', attempts = 0, next_attempt_at = ?, completed_at = NULL
                FROM outgoing_message m
                WHERE m.id = d.message_id AND d.endpoint_id = ? AND d.state = 'EXHAUSTED' AND m.occurred_at >= ?""",
                ts(now), endpointId, ts(since));
    }
}
