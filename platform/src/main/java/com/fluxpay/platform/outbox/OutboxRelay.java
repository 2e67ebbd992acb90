package com.fluxpay.platform.outbox;

import com.fluxpay.platform.event.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes committed outbox rows to Kafka, oldest first, then marks them published.
 *
 * <p>Why it cannot skip a row: it never remembers "the last id it saw". Each pass asks for every row still
 * unpublished, so a row whose transaction committed after a younger row's (sequence numbers are handed
 * out before commit) is simply found on a later pass.
 *
 * <p>Why it is at-least-once: a row is marked only after Kafka acknowledged it. A relay that dies between
 * the two publishes the row again after restart; consumers' inboxes drop the duplicate by event id.
 *
 * <p>Why order per aggregate holds: one relay per service is active at a time (a Postgres advisory lock
 * elects it), it sends rows in sequence order through one idempotent producer, and {@link Outbox} numbers
 * each aggregate's rows in commit order.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final Producer<String, String> producer;
    private final RelayLeadership leadership;
    private final OutboxSettings settings;
    private final String source;
    private final Clock clock;
    private final Counter published;
    private final Semaphore nudges = new Semaphore(0);
    private volatile boolean running;
    private boolean autoStartup = true;
    private Thread worker;

    public OutboxRelay(JdbcTemplate jdbc, Producer<String, String> producer, RelayLeadership leadership,
                       OutboxSettings settings, String source, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.producer = producer;
        this.leadership = leadership;
        this.settings = settings;
        this.source = source;
        this.clock = clock;
        this.published = Counter.builder("fluxpay.outbox.published").description("outbox rows published to Kafka")
                .register(meters);
    }

    /** Called after a transaction with outbox rows commits, so they go out without waiting for a poll. */
    public void nudge() {
        nudges.release();
    }

    @Override
    public void start() {
        leadership.resume();
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        // released first, so a worker waiting for a connection gives up leadership as soon as it gets one
        leadership.release();
        nudges.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void setAutoStartup(boolean autoStartup) {
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop late, after the listeners: what they commit during shutdown still gets published
        return Integer.MAX_VALUE - 100;
    }

    private void loop() {
        // rows read in the same round trip that marked the previous pass's rows; null: read afresh
        List<OutboxRow> next = null;
        while (running) {
            try {
                if (!leadership.tryHold()) {
                    next = null;
                    pause(settings.standbyInterval());
                    continue;
                }
                List<OutboxRow> rows = next != null ? next : readUnpublished();
                next = null;
                if (rows.isEmpty()) {
                    pause(settings.pollInterval());
                    continue;
                }
                List<Long> acknowledged = publish(rows);
                if (acknowledged.size() < rows.size()) {
                    // Kafka refused some: mark the rest and retry the refused ones after a pause, not at once
                    markPublished(acknowledged);
                    pause(settings.pollInterval());
                    continue;
                }
                next = markPublishedAndReadNext(acknowledged);
                if (next.isEmpty()) {
                    next = null;
                    pause(settings.pollInterval());
                }
            } catch (RuntimeException e) {
                next = null;
                log.warn("outbox relay pass failed, retrying: {}", e.getMessage());
                pause(settings.pollInterval().multipliedBy(10));
            }
        }
    }

    private void pause(Duration duration) {
        try {
            if (nudges.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                nudges.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * One pass: publish up to a batch of unpublished rows in sequence order and mark those Kafka acknowledged.
     *
     * @return how many rows were marked published
     */
    public int relayOnce() {
        List<OutboxRow> rows = readUnpublished();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> acknowledged = publish(rows);
        markPublished(acknowledged);
        return acknowledged.size();
    }

    /** Sends the rows in sequence order and waits for Kafka; returns the seqs that may be marked published. */
    private List<Long> publish(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            sends.add(producer.send(toRecord(row)));
        }
        List<Long> acknowledged = awaitAcknowledged(rows, sends);
        published.increment(acknowledged.size());
        return acknowledged;
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row) {
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(),
                CloudEventHeaders.toHeaders(row.toEnvelope(source)));
    }

    // Rows after a failed one of the same key stay unmarked, so a retry resends them after it, in order.
    private List<Long> awaitAcknowledged(List<OutboxRow> rows, List<Future<RecordMetadata>> sends) {
        List<Long> acknowledged = new ArrayList<>(rows.size());
        Set<String> failedKeys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            try {
                sends.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                if (!failedKeys.contains(row.topic() + "/" + row.key())) {
                    acknowledged.add(row.seq());
                }
            } catch (ExecutionException | TimeoutException e) {
                failedKeys.add(row.topic() + "/" + row.key());
                log.warn("outbox row {} ({}) not acknowledged by Kafka: {}", row.seq(), row.type(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private static final String SELECT_UNPUBLISHED = """
            SELECT seq, event_id, topic, message_key, event_type, schema_version, tenant_id, correlation_id,
                   causation_id, traceparent, payload, occurred_at
              FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT ?""";
    private static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = ? WHERE seq = ANY(?)";

    private List<OutboxRow> readUnpublished() {
        return jdbc.query(SELECT_UNPUBLISHED, (rs, n) -> row(rs), settings.batchSize());
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        return new OutboxRow(rs.getLong(1), rs.getObject(2, java.util.UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant());
    }

    /**
     * Marks a pass's rows and reads the next pass's in one round trip (both statements in one implicit
     * transaction): under load a pass costs one database round trip instead of two. The read still asks for
     * every unpublished row, so nothing that committed out of order is skipped.
     */
    private List<OutboxRow> markPublishedAndReadNext(List<Long> seqs) {
        return jdbc.execute((java.sql.Connection connection) -> {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            try (var statement = connection.prepareStatement(MARK_PUBLISHED + ";\n" + SELECT_UNPUBLISHED)) {
                statement.setTimestamp(1, Timestamp.from(clock.instant()));
                statement.setArray(2, array);
                statement.setInt(3, settings.batchSize());
                statement.execute(); // the UPDATE's count comes first, then the SELECT's rows
                if (!statement.getMoreResults()) {
                    throw new IllegalStateException("the relay's read returned no result set");
                }
                List<OutboxRow> next = new ArrayList<>();
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        next.add(row(rs));
                    }
                }
                return next;
            }
        });
    }

    void markPublished(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return;
        }
        jdbc.execute((java.sql.Connection connection) -> {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            try (var statement = connection.prepareStatement(MARK_PUBLISHED)) {
                statement.setTimestamp(1, Timestamp.from(clock.instant()));
                statement.setArray(2, array);
                return statement.executeUpdate();
            }
        });
    }
}
