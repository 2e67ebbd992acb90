package com.fluxpay.gateway.diagnostics.adapter.out.persistence;

import com.fluxpay.gateway.command.TenantId;
import java.util.List;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.fleet.PingRequested;
import com.fluxpay.gateway.diagnostics.application.port.FleetPings;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fleet pings: the request and its command in one transaction, the answers as they come. */
public class JdbcFleetPings implements FleetPings {

    private final JdbcTemplate jdbc;
    private final Transactions transactions;
    private final Outbox outbox;

    public JdbcFleetPings(JdbcTemplate jdbc, Transactions transactions, Outbox outbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    @Override
    public Ping request(TenantId tenant, String pingId, Instant requestedAt) {
        String tenantId = tenant.value();
        transactions.run(() -> {
            jdbc.update("INSERT INTO ping_view (ping_id, tenant_id, requested_at) VALUES (?, ?, ?)", pingId, tenantId,
                    Timestamp.from(requestedAt));
            outbox.append(EventTypes.PING_REQUESTED, pingId, null, new PingRequested(pingId, requestedAt));
        });
        return new Ping(pingId, requestedAt, List.of());
    }

    @Override
    public Optional<Ping> find(TenantId tenant, String pingId) {
        String tenantId = tenant.value();
        return jdbc.query("SELECT requested_at FROM ping_view WHERE ping_id = ? AND tenant_id = ?",
                (rs, n) -> rs.getTimestamp(1).toInstant(), pingId, tenantId).stream().findFirst()
                .map(requestedAt -> new Ping(pingId, requestedAt, jdbc.query(
                        "SELECT service, answered_at FROM ping_answer WHERE ping_id = ? ORDER BY answered_at, service",
                        (rs, n) -> new Answer(rs.getString(1), rs.getTimestamp(2).toInstant()), pingId)));
    }

    @Override
    public void recordAnswer(String pingId, String service, Instant answeredAt) {
        jdbc.update("INSERT INTO ping_answer (ping_id, service, answered_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                pingId, service, Timestamp.from(answeredAt));
    }
}
