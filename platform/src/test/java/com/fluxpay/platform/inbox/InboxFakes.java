package com.fluxpay.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fluxpay.contracts.EventType;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventEnvelope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real {@link Inbox} and {@link EventDispatcher} over an in-memory inbox table: what the unit tests need to
 * count round trips and transactions. Rollback is not simulated; EventDispatcherIT has the real database.
 */
final class InboxFakes {

    record Greeted(String name) {
    }

    record Waved(String name) {
    }

    static final EventType<Greeted> GREETED = new EventType<>("test.greeted", 1, "test.greetings", Greeted.class);
    static final EventType<Greeted> GREETED_V2 = new EventType<>("test.greeted", 2, "test.greetings", Greeted.class);
    static final EventType<Waved> WAVED = new EventType<>("test.waved", 1, "test.greetings", Waved.class);
    static final EventType<Waved> NODDED = new EventType<>("test.nodded", 1, "test.greetings", Waved.class);

    final InboxTable table = new InboxTable();
    final Transactions transactions = new Transactions();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    final EventDispatcher dispatcher = new EventDispatcher(
            new Inbox(table, new TransactionTemplate(transactions), Clock.systemUTC(), codec, meters), codec,
            new TransactionTemplate(transactions), meters);

    static EventEnvelope envelope(EventType<?> type, String json) {
        return envelope(UUID.randomUUID(), type, json);
    }

    static EventEnvelope envelope(UUID id, EventType<?> type, String json) {
        return new EventEnvelope(id, type.name(), type.version(), "/test", Instant.now(), "subject-1", "tenant-a",
                "corr-1", null, null, json);
    }

    static EventEnvelope greeted(String name) {
        return envelope(GREETED, "{\"name\":\"" + name + "\"}");
    }

    double unhandled(String consumer, String type) {
        var counter = meters.find("fluxpay.consumer.unhandled").tag("consumer", consumer).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    /** inbox_event as a set of (consumer, event id); every statement is a round trip. */
    static final class InboxTable extends JdbcTemplate {

        final Set<List<Object>> rows = new HashSet<>();
        int roundTrips;

        @Override
        public int update(String sql, Object... args) {
            roundTrips++;
            if (!sql.contains("INSERT INTO inbox_event")) {
                throw new UnsupportedOperationException(sql);
            }
            return rows.add(List.of(args[0], args[1])) ? 1 : 0;
        }
    }

    /** Counts transactions and knows whether one is open; nested ones join the open one, as REQUIRED does. */
    static final class Transactions implements PlatformTransactionManager {

        int begun;
        int depth;

        boolean open() {
            return depth > 0;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            boolean outermost = depth == 0;
            depth++;
            if (outermost) {
                begun++;
            }
            return new SimpleTransactionStatus(outermost);
        }

        @Override
        public void commit(TransactionStatus status) {
            depth--;
        }

        @Override
        public void rollback(TransactionStatus status) {
            depth--;
        }
    }
}
