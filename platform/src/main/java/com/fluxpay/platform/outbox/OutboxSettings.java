package com.fluxpay.platform.outbox;

import java.time.Duration;

/**
 * Tuning of the outbox relay.
 *
 * @param pollInterval    how long an idle relay waits before looking again (a commit wakes it sooner)
 * @param standbyInterval how often a relay that is not the leader tries to become it
 * @param batchSize       rows per pass
 * @param sendTimeout     how long to wait for Kafka's acknowledgement of one row
 */
public record OutboxSettings(Duration pollInterval, Duration standbyInterval, int batchSize, Duration sendTimeout) {
}
