package com.fluxpay.payment.adapter.out.metrics;

import com.fluxpay.payment.domain.PaymentState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code fluxpay_payments{state}}, {@code fluxpay_payments_unresolved_oldest_age_seconds} and
 * {@code fluxpay_payments_stray_charges{status}}: what an operator alerts on when payments pile up in UNKNOWN,
 * or when a charge approved after its payment failed is not given back (REFUSED needs a human). Counted on a schedule, not per scrape, so a busy Prometheus
 * cannot load the database.
 */
public class PaymentStateMetrics {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<PaymentState, AtomicLong> counts = new EnumMap<>(PaymentState.class);
    private final AtomicLong oldestUnresolvedSeconds = new AtomicLong();
    private final Map<String, AtomicLong> strayCharges = Map.of("DETECTED", new AtomicLong(), "REFUSED", new AtomicLong());

    public PaymentStateMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (PaymentState state : PaymentState.values()) {
            var count = new AtomicLong();
            counts.put(state, count);
            Gauge.builder("fluxpay.payments", count, AtomicLong::get).tag("state", state.name())
                    .description("payments in each state").register(meters);
        }
        Gauge.builder("fluxpay.payments.unresolved.oldest.age", oldestUnresolvedSeconds, AtomicLong::get)
                .baseUnit("seconds").description("age of the oldest PROCESSING or UNKNOWN payment").register(meters);
        strayCharges.forEach((status, count) -> Gauge.builder("fluxpay.payments.stray.charges", count, AtomicLong::get)
                .tag("status", status).description("charges approved after their payment failed, not given back yet")
                .register(meters));
    }

    @Scheduled(fixedDelayString = "${fluxpay.payment.metrics.interval:15s}")
    public void refresh() {
        counts.values().forEach(count -> count.set(0));
        RowCallbackHandler count = row -> counts.get(PaymentState.valueOf(row.getString(1))).set(row.getLong(2));
        jdbc.query("SELECT state, count(*) FROM payments GROUP BY state", count);
        Timestamp oldest = jdbc.queryForObject(
                "SELECT min(updated_at) FROM payments WHERE state IN ('PROCESSING', 'UNKNOWN')", Timestamp.class);
        oldestUnresolvedSeconds.set(oldest == null ? 0
                : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
        strayCharges.values().forEach(strays -> strays.set(0));
        jdbc.query("SELECT status, count(*) FROM stray_charges WHERE status <> 'RETURNED' GROUP BY status",
                (RowCallbackHandler) row -> strayCharges.get(row.getString(1)).set(row.getLong(2)));
    }
}
