package com.fluxpay.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class RelayLeadershipTest {

    /**
     * Regression: tryHold used to hold the object's monitor while waiting for a connection, so a service
     * stopping while the database was unreachable hung in release() for the pool's whole timeout.
     */
    @Test
    void releasing_leadership_does_not_wait_for_an_attempt_stuck_on_the_database() throws Exception {
        var waiting = new CountDownLatch(1);
        var giveUp = new CountDownLatch(1);
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        waiting.countDown();
                        giveUp.await(10, TimeUnit.SECONDS);
                        throw new SQLException("connection is not available, request timed out");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        var leadership = new RelayLeadership(unreachable, "test");
        try (var attempts = Executors.newSingleThreadExecutor()) {
            var attempt = CompletableFuture.supplyAsync(leadership::tryHold, attempts);
            assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();

            assertTimeoutPreemptively(Duration.ofSeconds(1), leadership::release);
            giveUp.countDown();
            assertThat(attempt.get(5, TimeUnit.SECONDS)).isFalse();
        }
    }
}
