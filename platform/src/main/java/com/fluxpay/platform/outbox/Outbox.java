package com.fluxpay.platform.outbox;

import com.fluxpay.contracts.EventType;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventContext;
import com.fluxpay.platform.tracing.TraceContextCapture;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event in the same database transaction as the state change it announces; the
 * {@link OutboxRelay} publishes it once that transaction has committed. Either both the change and the
 * event exist, or neither does.
 */
public final class Outbox {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final Clock clock;
    private final TraceContextCapture traces;
    private final Runnable onCommit;

    public Outbox(JdbcTemplate jdbc, EventCodec codec, Clock clock, TraceContextCapture traces, Runnable onCommit) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
        this.traces = traces;
        this.onCommit = onCommit;
    }

    /**
     * Appends an event about {@code aggregateId} (the Kafka key). Must run inside a transaction.
     *
     * @return the event id
     */
    public <T> UUID append(EventType<T> type, String aggregateId, String tenantId, T payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append outside a transaction would publish a change that may "
                    + "never commit; call it inside the transaction that makes the change");
        }
        // Events of one aggregate must be numbered in commit order, or the relay could publish a later one
        // first. The transaction-scoped lock makes a second writer of the same key wait for the first's commit.
        // Lock and insert go in one statement (one round trip): the row, and with it its seq, is only formed
        // from the materialized lock's result, so the number is drawn after the lock is held.
        UUID eventId = UUID.randomUUID();
        EventContext context = EventContext.current();
        jdbc.update("""
                WITH held AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) AS locked)
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, schema_version, tenant_id,
                                          correlation_id, causation_id, traceparent, payload, occurred_at)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM held""",
                type.topic() + "/" + aggregateId,
                eventId, type.topic(), aggregateId, type.name(), type.version(),
                tenantId != null ? tenantId : context.tenantId(), context.correlationId(), context.causationId(),
                traces.currentTraceparent(), codec.encode(payload), Timestamp.from(clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                onCommit.run();
            }
        });
        return eventId;
    }
}
