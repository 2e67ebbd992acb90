package com.fluxpay.notification.adapter.out.persistence;

import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.notification.domain.OutgoingMessage;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outgoing messages in Postgres; the id is the event's, so a message is stored once in one statement. */
public class JdbcOutgoingMessages implements OutgoingMessages {

    private final JdbcTemplate jdbc;

    public JdbcOutgoingMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(OutgoingMessage message) {
        return jdbc.update("""
                INSERT INTO outgoing_message (id, tenant_id, event_type, resource_id, payload, occurred_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                message.id(), message.tenantId(), message.eventType(), message.resourceId(), message.payload(),
                Timestamp.from(message.occurredAt()), Timestamp.from(message.recordedAt())) == 1;
    }

    @Override
    public Optional<OutgoingMessage> find(UUID id) {
        return jdbc.query("""
                SELECT id, tenant_id, event_type, resource_id, payload, occurred_at, recorded_at
                  FROM outgoing_message WHERE id = ?""",
                (rs, row) -> new OutgoingMessage(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant()), id).stream().findFirst();
    }
}
