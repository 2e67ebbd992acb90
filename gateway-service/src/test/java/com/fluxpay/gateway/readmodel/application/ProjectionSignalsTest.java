package com.fluxpay.gateway.readmodel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProjectionSignalsTest {

    private final ProjectionSignals signals = new ProjectionSignals();

    @Test
    void a_watch_is_rung_by_a_projection_of_its_own_aggregate_only() throws Exception {
        try (var mine = signals.watch("ord_1"); var other = signals.watch("ord_2")) {
            signals.projected("ord_1");

            assertThat(mine.await(5_000)).isTrue();
            assertThat(other.await(50)).isFalse();
        }
    }

    @Test
    void a_projection_between_the_first_look_and_the_wait_is_not_missed() throws Exception {
        try (var watch = signals.watch("pay_1")) {
            signals.projected("pay_1"); // lands before the waiter starts waiting

            long started = System.nanoTime();
            assertThat(watch.await(5_000)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void closed_watches_leave_nothing_behind() {
        try (var first = signals.watch("ord_1"); var second = signals.watch("ord_1")) {
            assertThat(signals.watched()).isOne();
        }
        assertThat(signals.watched()).isZero();
    }

    @Test
    void a_waiting_request_looks_again_when_rung_rather_than_after_its_pause() throws Exception {
        // pauses of a minute: only the signal can bring the answer within the test's patience
        var awaiting = new Awaiting(signals, Clock.systemUTC(), Duration.ofMinutes(5), 60_000, 60_000);
        var ready = new AtomicBoolean();
        var looks = new AtomicInteger();
        var answer = CompletableFuture.supplyAsync(() -> awaiting.until("ord_9", () -> {
            looks.incrementAndGet();
            return ready.get() ? Optional.of("PENDING") : Optional.<String>empty();
        }));
        await().atMost(Duration.ofSeconds(5)).until(() -> looks.get() == 1);

        ready.set(true);
        signals.projected("ord_9");

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains("PENDING");
        assertThat(looks.get()).isEqualTo(2);
    }

    @Test
    void past_the_most_waiting_requests_a_new_one_looks_once_and_gives_up_at_once() throws Exception {
        var awaiting = new Awaiting(signals, Clock.systemUTC(), Duration.ofMinutes(5));
        var crowd = new java.util.ArrayList<ProjectionSignals.Watch>();
        for (int i = 0; i < Awaiting.MOST_WAITING; i++) {
            crowd.add(signals.watch("ord_" + i));
        }
        var looks = new AtomicInteger();
        try {
            var answer = CompletableFuture.supplyAsync(() -> awaiting.until("ord_new", () -> {
                looks.incrementAndGet();
                return Optional.<String>empty();
            }));

            assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(looks.get()).isOne();
        } finally {
            crowd.forEach(ProjectionSignals.Watch::close);
        }
        assertThat(signals.waiting()).isZero();
    }

    @Test
    void many_waiting_requests_share_one_polling_budget() {
        assertThat(Awaiting.fairShare(20, 1)).isEqualTo(20);
        assertThat(Awaiting.fairShare(20, 500)).isEqualTo(1_000);
        assertThat(Awaiting.fairShare(100, 50)).isEqualTo(100);
    }
}
