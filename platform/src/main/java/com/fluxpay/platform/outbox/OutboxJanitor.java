package com.fluxpay.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the outbox and inbox small and visible: purges published outbox rows and old inbox ids after
 * their retention, and exposes how many rows wait and how old the oldest is (the outbox lag).
 */
public final class OutboxJanitor {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration outboxRetention;
    private final Duration inboxRetention;
    private volatile long pending;
    private volatile double oldestAgeSeconds;

    public OutboxJanitor(JdbcTemplate jdbc, Clock clock, Duration outboxRetention, Duration inboxRetention,
                         MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
        Gauge.builder("fluxpay.outbox.pending", () -> pending).description("outbox rows not yet published")
                .register(meters);
        Gauge.builder("fluxpay.outbox.oldest.age", () -> oldestAgeSeconds).baseUnit("seconds")
                .description("age of the oldest unpublished outbox row").register(meters);
    }

    @Scheduled(fixedDelayString = "${fluxpay.outbox.metrics-interval:5s}", initialDelayString = "1s")
    public void measure() {
        jdbc.query("SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL", rs -> {
            pending = rs.getLong(1);
            Timestamp oldest = rs.getTimestamp(2);
            oldestAgeSeconds = oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
        });
    }

    @Scheduled(fixedDelayString = "${fluxpay.outbox.purge-interval:1m}", initialDelayString = "30s")
    public void purge() {
        // small batches: a big DELETE would hold locks the relay and writers need
        Timestamp outboxCutoff = Timestamp.from(clock.instant().minus(outboxRetention));
        while (jdbc.update("""
                DELETE FROM outbox_event WHERE seq IN (SELECT seq FROM outbox_event
                 WHERE published_at IS NOT NULL AND published_at < ? LIMIT 1000)""", outboxCutoff) == 1000) {
            Thread.onSpinWait();
        }
        Timestamp inboxCutoff = Timestamp.from(clock.instant().minus(inboxRetention));
        while (jdbc.update("""
                DELETE FROM inbox_event WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM inbox_event
                 WHERE received_at < ? LIMIT 1000)""", inboxCutoff) == 1000) {
            Thread.onSpinWait();
        }
    }
}
