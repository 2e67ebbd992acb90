package com.fluxpay.platform.inbox;

import com.fluxpay.contracts.EventType;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventContext;
import com.fluxpay.platform.event.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per consumer. The event id is recorded in the same transaction as the
 * effect: if the effect fails, both roll back and the redelivery applies it; if it committed, the
 * redelivery finds the id and changes nothing.
 */
public final class Inbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final EventCodec codec;
    private final Counter duplicates;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, EventCodec codec,
                 MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.codec = codec;
        this.duplicates = Counter.builder("fluxpay.inbox.duplicates")
                .description("redelivered events the inbox recognised and skipped").register(meters);
    }

    /**
     * If the envelope is of {@code type}, decodes its payload and applies it once; envelopes of other
     * types are left alone (a tolerant reader: topics carry types this consumer does not handle, and
     * types added later). What a consumer class mostly needs, in one call.
     *
     * @return true if the effect ran, false for another type or a duplicate
     */
    public <T> boolean receive(String consumer, EventEnvelope envelope, EventType<T> type, Consumer<T> effect) {
        if (!envelope.is(type)) {
            return false;
        }
        T payload = codec.decode(envelope, type);
        return receive(consumer, envelope, () -> effect.accept(payload));
    }

    /**
     * Runs {@code effect} in a transaction unless {@code consumer} has already applied this event.
     *
     * @return true if the effect ran, false if the event was a duplicate
     */
    public boolean receive(String consumer, EventEnvelope envelope, Runnable effect) {
        return receive(consumer, envelope, envelope.id(), effect);
    }

    /**
     * As {@link #receive(String, EventEnvelope, Runnable)}, but "already applied" is decided by
     * {@code deduplicationId} instead of the envelope's id: for facts that can reach us in several envelopes
     * (a PSP sends the same webhook event again, the gateway publishes each delivery). What the effect emits is
     * still caused by, and correlated with, the real envelope.
     */
    public boolean receive(String consumer, EventEnvelope envelope, UUID deduplicationId, Runnable effect) {
        try (var scope = EventContext.causedBy(envelope)) {
            Boolean applied = transactions.execute(status -> {
                int inserted = jdbc.update("""
                        INSERT INTO inbox_event (consumer, event_id, event_type, received_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                        consumer, deduplicationId, envelope.type(), Timestamp.from(clock.instant()));
                if (inserted == 0) {
                    return false;
                }
                effect.run();
                return true;
            });
            if (!Boolean.TRUE.equals(applied)) {
                duplicates.increment();
                return false;
            }
            return true;
        }
    }
}
